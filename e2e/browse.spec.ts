import { expect, test } from '@playwright/test'

// Fixture content: e2e/fixtures/posts — 8 published posts, 2 drafts, 16 construct
// posts (dated 2010, in category `constructs`) that render.spec.ts opens, and one
// with odd tag names (2009) for archive.spec.ts.

test('home lists the pinned post first, then newest first, 6 per page', async ({ page }) => {
  await page.goto('/')
  const titles = page.locator('main article h2')
  await expect(titles).toHaveText([
    'Pinned: start here',
    '摄影散步',
    'Light gear for long walks',
    '一杯茶的时间',
    '“城市+漫步”三个发现',
    'Rust notes: ownership in practice',
  ])
  await page.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL('/page/2')
  await expect(titles.first()).toHaveText('A note on tooling')
  await expect(titles.nth(1)).toHaveText('没有前言的文章')
})

test('a reader goes from home to a post, to its tag, to its category', async ({ page }) => {
  await page.goto('/')
  await page.locator('main').getByRole('link', { name: '“城市+漫步”三个发现' }).click()
  await expect(page).toHaveURL('/posts/e2e7f2')

  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText('“城市+漫步”三个发现')
  await expect(page.locator('article header time')).toHaveAttribute('datetime', '2020-03-28T17:12:42Z')
  const tags = page.getByRole('list', { name: 'Tags' }).getByRole('link')
  await expect(tags).toHaveText(['#cn', '#城市', '#walking', '#c++'])
  await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link')).toHaveText(['cn'])
  // Front matter never leaks into the body.
  await expect(page.locator('article')).not.toContainText('permlink')
  await expect(page.locator('article')).not.toContainText('toc_nav_num')

  await tags.filter({ hasText: '#城市' }).click()
  await expect(page).toHaveURL(/\/tags\/%E5%9F%8E%E5%B8%82$/)
  await expect(page.locator('h1')).toContainText('#城市')
  await expect(page.locator('main article h2')).toHaveText(['摄影散步', '“城市+漫步”三个发现'])

  await page.locator('main').getByRole('link', { name: '“城市+漫步”三个发现' }).click()
  await page.getByRole('list', { name: 'Categories' }).getByRole('link', { name: 'cn' }).click()
  await expect(page).toHaveURL('/categories/cn')
  await expect(page.locator('main article h2')).toHaveText(['“城市+漫步”三个发现'])
})

test('a parent category lists the posts of its children', async ({ page }) => {
  await page.goto('/posts/rust-notes')
  await page.getByRole('list', { name: 'Categories' }).getByRole('link', { name: 'tech / rust' }).click()
  await expect(page).toHaveURL('/categories/tech/rust')
  await expect(page.locator('main article h2')).toHaveText(['Rust notes: ownership in practice'])
  await page.locator('h1').getByRole('link', { name: 'tech' }).click()
  await expect(page).toHaveURL('/categories/tech')
  await expect(page.locator('main article h2')).toHaveText(['Rust notes: ownership in practice', 'A note on tooling'])
})

test('links load their page when a reader reaches for one, not when it scrolls into view', async ({ page }) => {
  const pageData: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) pageData.push(new URL(request.url()).pathname)
  })
  await page.goto('/tags')
  // Hydrated and idle: the moment viewport prefetching would have fetched every visible tag's page.
  await page.waitForLoadState('networkidle')
  expect(pageData).toEqual([])

  const tag = page.locator('main').getByRole('link', { name: /城市/ }).first()
  const prefetched = page.waitForRequest((request) => new URL(request.url()).searchParams.has('_rsc'))
  await tag.hover()
  expect(new URL((await prefetched).url()).pathname).toBe('/tags/%E5%9F%8E%E5%B8%82')

  // Still a client-side navigation: the document (and this marker in it) survives the click.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
  await tag.click()
  await expect(page).toHaveURL(/\/tags\/%E5%9F%8E%E5%B8%82$/)
  await expect(page.locator('main article h2')).toHaveText(['摄影散步', '“城市+漫步”三个发现'])
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
})

test('tags that differ only in case share one page', async ({ page }) => {
  await page.goto('/tags/photography')
  await expect(page.locator('main article h2')).toHaveText(['摄影散步', 'Light gear for long walks'])
})

test('a post without front matter takes its title from its first heading and its date from its file name', async ({
  page,
}) => {
  await page.goto('/posts/2018-12-24_no-front-matter')
  await expect(page.locator('h1')).toHaveText('没有前言的文章')
  await expect(page.locator('article header time')).toHaveAttribute('datetime', '2018-12-24T00:00:00Z')
})

test('drafts and unpublished posts appear nowhere', async ({ page, request }) => {
  for (const path of ['/', '/page/2', '/tags', '/categories', '/feed.xml']) {
    const body = await (await request.get(path)).text()
    expect(body, path).not.toContain('SHOULD NOT APPEAR')
    expect(body, path).not.toContain('draft-only-tag')
  }
  for (const path of [
    '/posts/draft-post',
    '/posts/unpublished-post',
    '/tags/draft-only-tag',
    '/categories/secret-category',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
  await page.goto('/tags')
  await expect(page.getByRole('link', { name: /draft/ })).toHaveCount(0)
})

test('unknown paths get a real 404 page', async ({ page }) => {
  for (const path of ['/posts/no-such-post', '/tags/no-such-tag', '/categories/cn/nothing', '/page/9', '/nowhere']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('h1')).toHaveText('Page not found')
  }
})

test('the RSS feed lists the newest posts with full content and absolute links', async ({ request }) => {
  const response = await request.get('/feed.xml')
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  const items = xml.match(/<item>/g) ?? []
  expect(items).toHaveLength(20) // the configured limit
  expect(xml).toContain('<link>http://localhost:3100/posts/e2e7f2</link>')
  expect(xml).toContain('<content:encoded><![CDATA[')
  expect(xml).toContain('第二个发现：河边')
})
