import { expect, test } from '@playwright/test'
import { LinkChecker } from 'linkinator'
import { draftTraces } from './build-output'
import { expectUnicodeMatrixResolves } from './unicode-matrix'

// The static export (STATIC_EXPORT=1, BASE_PATH=/@demo) in out-e2e/, on a plain
// static host (e2e/static-server.ts): see playwright.config.ts.
const ORIGIN = 'http://localhost:3101'
const BASE = '/@demo'
test.use({ baseURL: ORIGIN })

test('a crawl of the export finds no broken internal link', async () => {
  test.setTimeout(120_000)
  const result = await new LinkChecker().check({
    path: `${ORIGIN}${BASE}/`,
    recurse: true,
    concurrency: 8,
    // Only this site: remote images and links are not the export's to break.
    linksToSkip: async (link) => !link.startsWith(ORIGIN),
  })
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.status} ${link.url} (from ${link.parent})`)
  expect(broken).toEqual([])
  // It really walked the site: every one of the 26 published posts was reached.
  const posts = new Set(
    result.links
      .filter((link) => link.state === 'OK' && /\/@demo\/posts\/[^/]+\/$/.test(link.url))
      .map((link) => link.url),
  )
  expect(posts.size).toBe(26)
})

test('every page, asset, feed and sitemap URL carries the base path', async ({ page, request }) => {
  await page.goto(`${BASE}/`)
  for (const href of await page
    .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src')))) {
    expect(href).toMatch(/^\/@demo\//)
  }
  const rss = await (await request.get(`${BASE}/feed.xml`)).text()
  expect(rss).toContain(`<link>${ORIGIN}${BASE}/posts/photo-walk/</link>`)
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text()
  expect(sitemap).toContain(`<loc>${ORIGIN}${BASE}/posts/e2e7f2/</loc>`)
  expect(sitemap).not.toMatch(new RegExp(`<loc>${ORIGIN}/(?!@demo)`))
  // Links inside post HTML (a Steemit link to an archived post) get it too.
  await page.goto(`${BASE}/posts/links/`)
  await page.locator('.post-body').getByRole('link', { name: 'Steemit link to a post in this archive' }).click()
  await expect(page).toHaveURL(`${BASE}/posts/e2e7f2/`)
})

test('an old Hexo URL lands on the post through its redirect page', async ({ page }) => {
  await page.goto(encodeURI(`${BASE}/cn/“城市-漫步”三个发现/`))
  await expect(page).toHaveURL(`${BASE}/posts/e2e7f2/`)
  await expect(page.locator('h1')).toHaveText('“城市+漫步”三个发现')
  await page.goto(`${BASE}/@demo-author/rust-notes/`)
  await expect(page).toHaveURL(`${BASE}/posts/rust-notes/`)
})

test('unknown paths get the 404 page', async ({ page }) => {
  const response = await page.goto(`${BASE}/posts/nope/`)
  expect(response?.status()).toBe(404)
  await expect(page.locator('h1')).toHaveText('Page not found')
})

test('Unicode matrix on the export: every tag and category name resolves', async ({ page, request }) => {
  await expectUnicodeMatrixResolves(page, request, `${BASE}/posts/unicode-names/`)
})

test('drafts are absent from the whole export', () => {
  expect(draftTraces('out-e2e')).toEqual([])
})
