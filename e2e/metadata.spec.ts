import { expect, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'

test('sitemap lists posts, tags, categories and archives with lastmod; never drafts', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const urls: { loc: string; lastmod: string }[] = new XMLParser().parse(xml).urlset.url
  const locs = urls.map((u) => u.loc)
  expect(locs).toContain('http://localhost:3100/posts/e2e7f2')
  expect(locs).toContain('http://localhost:3100/tags/%E5%9F%8E%E5%B8%82')
  expect(locs).toContain('http://localhost:3100/categories/tech/rust')
  expect(locs).toContain('http://localhost:3100/archives/2020/03')
  expect(locs).toContain('http://localhost:3100/about')
  expect(urls.find((u) => u.loc.endsWith('/posts/e2e7f2'))!.lastmod).toBe('2020-03-28T17:12:42.000Z')
  expect(xml).not.toMatch(/draft|unpublished|secret-category/)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Sitemap: http://localhost:3100/sitemap.xml')
})

test('a post has canonical, Open Graph, Twitter and BlogPosting metadata', async ({ page }) => {
  await page.goto('/posts/e2e7f2')
  const head = page.locator('head')
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3100/posts/e2e7f2')
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /walk\.jpg$/)
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(jsonLd).toMatchObject({
    '@type': 'BlogPosting',
    headline: '“城市+漫步”三个发现',
    datePublished: '2020-03-28T17:12:42Z',
    author: { '@type': 'Person', name: 'demo-author' },
    url: 'http://localhost:3100/posts/e2e7f2',
  })
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})

test('a post in another language sets <html lang> while it is shown', async ({ page }) => {
  await page.goto('/posts/tea-time')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW')
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh-TW')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.locator('main').getByRole('link', { name: '一杯茶的时间' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW')
})

test('old Hexo and GitHub Pages URLs redirect permanently to the post', async ({ request, page }) => {
  for (const old of [
    '/cn/“城市-漫步”三个发现/',
    '/cn/“城市-漫步”三个发现',
    '/@demo-author/e2e7f2/',
    '/tech/rust/Rust-notes-ownership-in-practice/',
  ]) {
    const response = await request.get(encodeURI(old), { maxRedirects: 0 })
    expect(response.status(), old).toBe(308)
    const location = response.headers().location
    const next = location.startsWith('/') ? location : new URL(location).pathname
    if (next.startsWith('/posts/')) continue
    // Next first drops a trailing slash, then redirects: follow once more.
    const second = await request.get(next, { maxRedirects: 0 })
    expect(second.status(), old).toBe(308)
    expect(second.headers().location, old).toMatch(/^\/posts\/(e2e7f2|rust-notes)$/)
  }
  await page.goto(encodeURI('/cn/“城市-漫步”三个发现/'))
  await expect(page).toHaveURL('/posts/e2e7f2')
})

test('responses carry the security headers, and the page runs under its CSP', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/posts/code')
  const headers = response!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  // Hydrated and interactive under the policy: the theme toggle works.
  await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click()
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})
