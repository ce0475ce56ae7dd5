import { parseFeed as rowanmanningParse } from '@rowanmanning/feed-parser'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'
import { parseFeed as feedsmithParse } from 'feedsmith'

// Every feed the site publishes, read back by two independent parsers.
const XML_FEEDS = [
  '/feed.xml',
  '/atom.xml',
  '/feeds/tags/fixture.xml',
  '/feeds/tags/%E5%9F%8E%E5%B8%82.xml',
  '/feeds/categories/tech.xml',
  '/feeds/categories/tech/rust.xml',
]

async function fetchFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return { type: response.headers()['content-type'], body: await response.text() }
}

for (const path of XML_FEEDS) {
  test(`${decodeURIComponent(path)} is well-formed and read by two parsers`, async ({ request }) => {
    const { type, body } = await fetchFeed(request, path)
    expect(type).toMatch(path === '/atom.xml' ? /application\/atom\+xml/ : /application\/rss\+xml/)
    expect(XMLValidator.validate(body)).toBe(true)
    const a = rowanmanningParse(body)
    const b = feedsmithParse(body).feed as { items?: unknown[]; entries?: unknown[] }
    expect(a.items.length).toBeGreaterThan(0)
    expect((b.items ?? b.entries)?.length).toBe(a.items.length)
    for (const item of a.items) expect(item.url).toMatch(/^http:\/\/localhost:3100\/posts\//)
  })
}

test('the site feeds carry the newest 20 posts, full HTML with absolute URLs, and survive hostile content', async ({
  request,
}) => {
  const rss = rowanmanningParse((await fetchFeed(request, '/feed.xml')).body)
  expect(rss.items).toHaveLength(20)
  expect(rss.items[0].title).toBe('摄影散步')
  const breaker = rowanmanningParse((await fetchFeed(request, '/feeds/tags/fixture.xml')).body).items.find((i) =>
    i.url?.endsWith('/posts/feed-breakers'),
  )!
  expect(breaker.title).toBe('Feed breakers ]]> and a bell')
  // Escaped in the XML (the parsers found it well-formed), the same text once read.
  expect(breaker.content).toContain('a CDATA end ]]> in it')
  expect(breaker.content).not.toMatch(/\u0007/)
  expect(breaker.content).toContain('href="http://localhost:3100/posts/e2e7f2"')
  expect(breaker.content).toContain('src="http://localhost:3100/icon.svg"')
  expect(breaker.content).not.toContain('heading-anchor')
  expect(breaker.content).not.toContain('copy-code')
})

test('the JSON Feed is version 1.1 and read by feedsmith', async ({ request }) => {
  const { type, body } = await fetchFeed(request, '/feed.json')
  expect(type).toMatch(/application\/feed\+json/)
  const json = JSON.parse(body)
  expect(json.version).toBe('https://jsonfeed.org/version/1.1')
  expect(json.items).toHaveLength(20)
  expect(json.items[0].url).toBe('http://localhost:3100/posts/photo-walk')
  expect(feedsmithParse(body).format).toBe('json')
})

test('every page advertises the feeds; a tag page its own too', async ({ page }) => {
  await page.goto('/tags/fixture')
  const alternates = page.locator('head link[rel="alternate"]')
  await expect(alternates.and(page.locator('[type="application/rss+xml"]'))).toHaveCount(2)
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute(
    'href',
    'http://localhost:3100/atom.xml',
  )
  await expect(page.locator('head link[type="application/feed+json"]')).toHaveAttribute(
    'href',
    'http://localhost:3100/feed.json',
  )
  await expect(page.locator('head link[title="#fixture (RSS)"]')).toHaveAttribute(
    'href',
    'http://localhost:3100/feeds/tags/fixture.xml',
  )
})
