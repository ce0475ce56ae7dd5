import { expect, test, type APIRequestContext } from '@playwright/test'
import { LinkChecker, type LinkResult } from 'linkinator'
import { archivePosts } from './real-archive/archive-posts'
import { ARCHIVE_EXPORT, ARCHIVE_START, pagePath } from './real-archive/servers'
import { SIZE_LADDER } from './real-archive/size-ladder'
import { attribute, hasClass, parseHtml, selectAll } from './html'

// Two production builds of a content folder with nothing but posts (no
// pages/, no config, no image reachable: this machine is offline): the
// real-looking archive of e2e/real-archive/content/ (plus the size ladder in
// the `next start` build), prepared by e2e/real-archive/prepare.ts. See e2e/e2e-servers.ts.

const DOUBLE_DASH = 'steemd-dirty-shutdown-notes-replay-required--1564497577'
/** What the crawl of the build with the size ladder also checks. */
const LADDER_TITLE = '; the size ladder’s posts answer whole, and the 5,000-heading one’s TOC lands on unique ids'
/** Longest permlink served as it is (README: longer names are made safe and redirect). */
const MAX_SEGMENT_BYTES = 200
/** Responses that are text: they must be valid UTF-8. */
const TEXT_TYPE = /^(text\/|application\/(xml|json|rss\+xml|atom\+xml|feed\+json|javascript|manifest\+json))/
/** Text made from the posts (pages, feeds, sitemap): no U+FFFD. Scripts may hold one on purpose (a UTF-8 decoder's replacement). */
const CONTENT_TYPE = /^(text\/(html|plain|xml)|application\/(xml|json|rss\+xml|atom\+xml|feed\+json))/

for (const server of [ARCHIVE_START, ARCHIVE_EXPORT]) {
  test.describe(`real archive, ${server.name}`, () => {
    test.use({ baseURL: server.origin })

    const title = 'a crawl reaches every post, finds no broken internal link, and every page is UTF-8 without U+FFFD'
    test(`${title}${server.ladder ? LADDER_TITLE : ''}`, async ({ page, request }) => {
      test.setTimeout(600_000)
      const posts = archivePosts(server.contentDir)
      // Sanity: the sources hold no U+FFFD, so any in the output was made by the site.
      expect(posts.filter((post) => post.text.includes('\uFFFD')).map((post) => post.file)).toEqual([])

      const postPage = new RegExp(`^${escapeRegExp(server.origin + server.basePath)}/posts/([^/?#]+)/?$`)
      const permlinkOf = (url: string) => {
        const segment = postPage.exec(url)?.[1]
        return segment === undefined ? undefined : decodeURIComponent(segment)
      }
      // The size ladder's pages (19 MB) are read once, by the ladder check below, not by the crawler and again for UTF-8.
      const ladder = new Map(server.ladder ? SIZE_LADDER.map((entry) => [entry.permlink, entry]) : [])
      const isLadderPage = (url: string) => ladder.has(permlinkOf(url) ?? '')
      const result = await new LinkChecker().check({
        path: `${server.origin}${pagePath(server, '/')}`,
        recurse: true,
        concurrency: 8,
        // Only this site: remote images and links are not the build's to break (and this machine is offline).
        linksToSkip: async (link) => !link.startsWith(server.origin) || isLadderPage(link),
      })
      const broken = result.links.filter((link) => link.state === 'BROKEN').map(describeBroken)
      expect.soft(broken).toEqual([])

      const okUrls = new Set(result.links.filter((link) => link.state === 'OK').map((link) => link.url))
      const reached = new Set([...okUrls].map(permlinkOf).filter((permlink) => permlink !== undefined))

      if (server.ladder) {
        const linked = new Set(
          result.links.filter((link) => isLadderPage(link.url)).map((link) => permlinkOf(link.url)),
        )
        for (const entry of SIZE_LADDER) {
          await test.step(`size ladder: ${entry.kind}`, async () => {
            const path = pagePath(server, `/posts/${entry.permlink}`)
            expect.soft(linked.has(entry.permlink), `${entry.kind}: linked from the site`).toBe(true)
            const response = await request.get(path)
            expect.soft(response.status(), entry.kind).toBe(200)
            const html = await cleanUtf8(response.body(), path)
            expect.soft(html.includes(entry.lastParagraph), `${entry.kind}: last paragraph`).toBe(true)
            // Its own links (the page's frame: header, tags, neighbours, scripts) go where the crawl found pages.
            const unchecked = new Set(
              [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
                .map((match) => new URL(match[1].replaceAll('&amp;', '&'), `${server.origin}${path}`))
                .filter((url) => url.origin === server.origin)
                .map((url) => `${url.origin}${url.pathname}${url.search}`)
                .filter((url) => !okUrls.has(url) && !isLadderPage(url)),
            )
            for (const url of unchecked)
              expect.soft((await request.get(url)).status(), `${url} (from ${path})`).toBe(200)
            if (response.status() === 200) reached.add(entry.permlink)
            if (entry.headings) expectHeadingsAndToc(html, entry.headings)
          })
        }
      }

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

/** A broken link, and for a request that failed (status 0) why it failed. */
function describeBroken(link: LinkResult): string {
  const why = (link.failureDetails ?? []).map((failure) =>
    failure instanceof Error
      ? `${failure.message} ${(failure.cause as Error | undefined)?.message ?? ''}`
      : failure.status,
  )
  return `${link.status} ${link.url} (from ${link.parent})${link.status ? '' : `: ${why.join('; ')}`}`
}

/** The body as text; a soft failure when it is not valid UTF-8 or holds U+FFFD. */
async function cleanUtf8(body: Promise<Buffer>, url: string): Promise<string> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await body)
  } catch {
    expect.soft(`${url}: not valid UTF-8`).toBe(`${url}: valid UTF-8`)
    return ''
  }
  const at = text.indexOf('\uFFFD')
  expect.soft(at < 0 ? '' : `${url}: U+FFFD in …${text.slice(Math.max(0, at - 40), at + 10)}…`).toBe('')
  return text
}

/**
 * The post's h2–h4 each have a unique non-empty id, the TOC lists every one of
 * them, and each of its links has a target on the page: read from the HTML the
 * server sent (the TOC's links are made on the server; the browser only highlights).
 */
function expectHeadingsAndToc(html: string, headings: number) {
  const tree = parseHtml(html)
  const ids = selectAll(
    tree,
    (element, ancestors) =>
      ['h2', 'h3', 'h4'].includes(element.tagName) && ancestors.some((ancestor) => hasClass(ancestor, 'post-body')),
  ).map((heading) => attribute(heading, 'id') ?? '')
  expect(ids).toHaveLength(headings)
  expect(ids.filter((id) => id === '')).toEqual([])
  expect(new Set(ids).size).toBe(ids.length)
  const tocTargets = selectAll(
    tree,
    (element, ancestors) =>
      element.tagName === 'a' &&
      (attribute(element, 'href') ?? '').startsWith('#') &&
      ancestors.some(
        (ancestor) => ancestor.tagName === 'nav' && attribute(ancestor, 'ariaLabel') === 'Table of contents',
      ),
  ).map((link) => decodeURIComponent(attribute(link, 'href')!.slice(1)))
  expect(new Set(tocTargets)).toEqual(new Set(ids))
  const allIds = new Set(
    selectAll(tree, (element) => attribute(element, 'id') !== undefined).map((element) => attribute(element, 'id')),
  )
  expect([...new Set(tocTargets)].filter((id) => !allIds.has(id))).toEqual([])
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
