import { expect, test, type APIRequestContext } from '@playwright/test'
import { LinkChecker } from 'linkinator'
import { archivePosts } from './real-archive/archive-posts'
import { ARCHIVE_EXPORT, ARCHIVE_START, pagePath } from './real-archive/servers'
import { SIZE_LADDER } from './real-archive/size-ladder'

// Two production builds of a content folder with nothing but posts (no
// pages/, no config, no image reachable: this machine is offline): the
// real-looking archive of e2e/real-archive/content/ (plus the size ladder in
// the `next start` build), prepared by e2e/real-archive/prepare.ts. See e2e/e2e-servers.ts.

const DOUBLE_DASH = 'steemd-dirty-shutdown-notes-replay-required--1564497577'
const HEADINGS_POST = SIZE_LADDER.find((entry) => entry.kind === 'headings-5000')!
/** Longest permlink served as it is (README: longer names are made safe and redirect). */
const MAX_SEGMENT_BYTES = 200
/** Responses that are text: they must be valid UTF-8. */
const TEXT_TYPE = /^(text\/|application\/(xml|json|rss\+xml|atom\+xml|feed\+json|javascript|manifest\+json))/
/** Text made from the posts (pages, feeds, sitemap): no U+FFFD. Scripts may hold one on purpose (a UTF-8 decoder's replacement). */
const CONTENT_TYPE = /^(text\/(html|plain|xml)|application\/(xml|json|rss\+xml|atom\+xml|feed\+json))/

for (const server of [ARCHIVE_START, ARCHIVE_EXPORT]) {
  test.describe(`real archive, ${server.name}`, () => {
    test.use({ baseURL: server.origin })

    test('a crawl reaches every post, finds no broken internal link, and every page is UTF-8 without U+FFFD', async ({
      page,
      request,
    }) => {
      test.setTimeout(600_000)
      const posts = archivePosts(server.contentDir)
      // Sanity: the sources hold no U+FFFD, so any in the output was made by the site.
      expect(posts.filter((post) => post.text.includes('\uFFFD')).map((post) => post.file)).toEqual([])

      const result = await new LinkChecker().check({
        path: `${server.origin}${pagePath(server, '/')}`,
        recurse: true,
        concurrency: 8,
        // Only this site: remote images and links are not the build's to break (and this machine is offline).
        linksToSkip: async (link) => !link.startsWith(server.origin),
      })
      const broken = result.links
        .filter((link) => link.state === 'BROKEN')
        .map((link) => `${link.status} ${link.url} (from ${link.parent})`)
      expect.soft(broken).toEqual([])

      const okUrls = new Set(result.links.filter((link) => link.state === 'OK').map((link) => link.url))
      const postPage = new RegExp(`^${escapeRegExp(server.origin + server.basePath)}/posts/([^/?#]+)/?$`)
      const reached = new Set(
        [...okUrls]
          .map((url) => postPage.exec(url)?.[1])
          .filter((segment) => segment !== undefined)
          .map((segment) => decodeURIComponent(segment)),
      )
      // Every post of the prepared folder, at its permlink byte for byte ...
      const exact = posts.filter((post) => Buffer.byteLength(post.permlink) <= MAX_SEGMENT_BYTES)
      expect.soft(exact.map((post) => post.permlink).filter((permlink) => !reached.has(permlink))).toEqual([])
      // ... except where the README says a name is too long for a path on every
      // host (over 200 bytes): that post is reached at a shorter name, and its
      // permlink redirects there (308, or the export's redirect page).
      for (const post of posts.filter((post) => !exact.includes(post))) {
        await page.goto(pagePath(server, `/posts/${post.permlink}`))
        await expect.soft(page, post.permlink).toHaveURL((url) => okUrls.has(url.href) && postPage.test(url.href))
      }

      expect.soft(await notCleanUtf8(request, [...okUrls])).toEqual([])
    })

    // The size ladder is in one of the two builds (servers.ts says why).
    if (server.ladder) {
      test('every post of the size ladder answers 200 and is rendered to its last paragraph', async ({ request }) => {
        test.setTimeout(180_000)
        for (const entry of SIZE_LADDER) {
          const response = await request.get(pagePath(server, `/posts/${entry.permlink}`))
          expect.soft(response.status(), entry.kind).toBe(200)
          expect.soft((await response.text()).includes(entry.lastParagraph), `${entry.kind}: last paragraph`).toBe(true)
        }
      })

      test('the 5,000-heading post: every heading has a unique non-empty id, and every TOC link lands on one', async ({
        page,
      }) => {
        test.setTimeout(180_000)
        await page.goto(pagePath(server, `/posts/${HEADINGS_POST.permlink}`))
        const { ids, tocTargets } = await page.evaluate(() => ({
          ids: [...document.querySelectorAll('.post-body :is(h2, h3, h4)')].map((heading) => heading.id),
          tocTargets: [...document.querySelectorAll('nav[aria-label="Table of contents"] a[href^="#"]')].map((link) =>
            decodeURIComponent(link.getAttribute('href')!.slice(1)),
          ),
        }))
        expect(ids).toHaveLength(HEADINGS_POST.headings!)
        expect(ids.filter((id) => id === '')).toEqual([])
        expect(new Set(ids).size).toBe(ids.length)
        // The TOC lists every heading (h2–h4), and each of its links has a target.
        expect(new Set(tocTargets)).toEqual(new Set(ids))
        const missing = await page.evaluate(
          (targets) => targets.filter((id) => document.getElementById(id) === null),
          [...new Set(tocTargets)],
        )
        expect(missing).toEqual([])
      })
    }

    test('the header links only to pages that exist (no /about without pages/about.md)', async ({ page, request }) => {
      expect((await request.get(pagePath(server, '/about'))).status()).toBe(404)
      await page.goto(pagePath(server, '/'))
      const hrefs = await page
        .locator('header')
        .first()
        .locator('a[href]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
      expect(hrefs.length).toBeGreaterThan(0)
      for (const href of new Set(hrefs)) {
        expect.soft((await request.get(href)).status(), href).toBe(200)
      }
    })

    test('a permlink with a double dash is served at /posts/<permlink> exactly', async ({ page }) => {
      const path = pagePath(server, `/posts/${DOUBLE_DASH}`)
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page).toHaveURL(`${server.origin}${path}`)
      await expect(page.locator('h1')).toHaveText('steemd: dirty shutdown, replay required!')
    })
  })
}

/** The URLs among `urls` whose text is not valid UTF-8, or whose content holds U+FFFD. */
async function notCleanUtf8(request: APIRequestContext, urls: string[]): Promise<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const bad: string[] = []
  const queue = [...urls]
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await request.get(url)
      const type = response.headers()['content-type'] ?? ''
      if (!TEXT_TYPE.test(type)) continue
      let text: string
      try {
        text = decoder.decode(await response.body())
      } catch {
        bad.push(`${url}: not valid UTF-8`)
        continue
      }
      const at = CONTENT_TYPE.test(type) ? text.indexOf('\uFFFD') : -1
      if (at >= 0) bad.push(`${url}: U+FFFD in …${text.slice(Math.max(0, at - 40), at + 10)}…`)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return bad
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
