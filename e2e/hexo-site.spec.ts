import { expect, test } from '@playwright/test'

// A Hexo + Icarus blog folder as its author has it (e2e/hexo-site/): `next start`
// on port 3104 with CONTENT_DIR pointing at it and nothing else set, so the
// site is what its _config.yml and _config.icarus.yml say — `root: /@lin/`,
// `language: zh-CN`, `per_page: 4`, `timezone: Asia/Shanghai`, `date_format:
// YYYY年M月D日 ddd`, `permalink: :year/:month/:day/:title/`, `future: false`,
// `index_generator.order_by: position -date`. See playwright.config.ts.
const ORIGIN = 'http://localhost:3104'
const ROOT = '/@lin'
test.use({ baseURL: ORIGIN })

const sidebar = (page: import('@playwright/test').Page, side: '左侧栏' | '右侧栏') =>
  page.getByRole('complementary', { name: side })

test('the blog’s own title, menu and language, under its root', async ({ page }) => {
  await page.goto(`${ROOT}/`)
  await expect(page).toHaveTitle('林间笔记 - 茶、散步和代码')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('banner').getByRole('link', { name: '林间笔记' })).toHaveAttribute('href', `${ROOT}`)
  const menu = page.getByRole('navigation', { name: '主导航' })
  await expect(menu.getByRole('link')).toHaveText(['首页', '归档', '分类', '标签', '关于', 'RSS', 'GitHub'])
  await expect(menu.getByRole('link', { name: '关于' })).toHaveAttribute('href', `${ROOT}/about`)
  await expect(menu.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/lin')
  // Hexo's `url` (no SITE_URL set) makes the absolute links.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://lin.example.com/@lin/')
  // Icarus's `head.favicon`, from source/img/, served under the root.
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${ROOT}/site-assets/img/favicon.svg`)
  const footer = page.getByRole('contentinfo')
  await expect(footer).toContainText('lin · 林间笔记')
  await expect(footer.getByRole('link', { name: 'CC BY-NC-SA 4.0' })).toHaveAttribute('rel', 'license noopener')
  await expect(footer.getByRole('link', { name: 'Steemit' })).toHaveAttribute('href', 'https://steemit.com/@lin')
})

test('the widgets sit where _config.icarus.yml puts them, in its order', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`${ROOT}/`)
  await expect(sidebar(page, '左侧栏').getByRole('heading', { level: 2 })).toHaveText(['最新文章', '作者', '归档'])
  await expect(sidebar(page, '右侧栏').getByRole('heading', { level: 2 })).toHaveText(['标签', '分类'])
  const profile = sidebar(page, '左侧栏').getByRole('region', { name: '作者' })
  await expect(profile).toContainText('林')
  await expect(profile).toContainText('中国 上海')
  await expect(profile).toContainText('喝茶、散步、写代码')
  // The avatar from source/img/avatar.svg loads (no broken image), rounded as configured.
  const avatar = profile.locator('img')
  await expect(avatar).toHaveAttribute('src', `${ROOT}/site-assets/img/avatar.svg`)
  await expect(avatar).toHaveClass(/rounded-full/)
  expect(await avatar.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(0)
  await expect(profile.getByRole('link', { name: '关注我' })).toHaveAttribute('href', 'https://steemit.com/@lin')
  await expect(profile.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/lin')
  // The tags widget's `amount: 6` of the site's 16 tags, and a link to all of them.
  const tags = sidebar(page, '右侧栏').getByRole('region', { name: '标签' })
  await expect(tags.getByRole('listitem')).toHaveCount(6)
  await expect(tags.getByRole('link', { name: '全部 16 个标签 →' })).toBeVisible()
})

test('four posts a page: position first, then newest; a post dated in the future is held back', async ({
  page,
  request,
}) => {
  await page.goto(`${ROOT}/`)
  const titles = page.locator('main article h2')
  // `position: 1` puts the spring tea first, as the source system's order_by did.
  await expect(titles).toHaveText(['明前茶', '新年第一壶茶', '冬日散步', 'Rust 学习笔记：所有权'])
  const pagination = page.getByRole('navigation', { name: '分页' })
  await expect(pagination.getByRole('link', { name: '第 3 页' })).toBeVisible()
  await pagination.getByRole('link', { name: '下一页 →' }).click()
  await expect(page).toHaveURL(`${ROOT}/page/2`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 2 页')
  await expect(titles).toHaveCount(4)
  await page.goto(`${ROOT}/page/3`)
  await expect(titles).toHaveText(['六一', '五月读书清单', '对称日', '2019 年终总结'])
  expect((await request.get(`${ROOT}/page/4`)).status()).toBe(404)
  // `future: false`: the post dated 2099 is nowhere, its page included.
  expect((await request.get(`${ROOT}/posts/letter-to-the-future`)).status()).toBe(404)
  await page.goto(`${ROOT}/archives`)
  await expect(page.getByRole('main')).toContainText('(12)')
  await expect(page.getByRole('main')).not.toContainText('写给未来的信')
  // Archive pages hold four too.
  await expect(page.locator('main section li')).toHaveCount(4)
})

test('dates in the configured format, in the configured zone', async ({ page }) => {
  // Written `2021-01-01 07:30:00`, read in Asia/Shanghai: 2020-12-31 23:30 UTC, shown as the author wrote it.
  await page.goto(`${ROOT}/posts/new-year-tea`)
  const date = page.locator('article header time')
  await expect(date).toHaveAttribute('datetime', '2020-12-31T23:30:00Z')
  await expect(date).toHaveText('2021年1月1日 周五')
  await page.goto(`${ROOT}/archives/2021/01`)
  await expect(page.getByRole('main').getByRole('link', { name: '新年第一壶茶' })).toBeVisible()
  await expect(page.getByRole('main').locator('time')).toHaveText(['2021年1月1日 周五'])
})

test('the interface speaks the site’s language', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`${ROOT}/posts/rust-notes`)
  const article = page.locator('article')
  await expect(article.locator('header')).toContainText(/大约 \d+ 个字 · 1 分钟读完/)
  await expect(article.getByRole('list', { name: '标签' })).toContainText('#rust')
  await expect(article).toContainText('原文发表于 Steemit：')
  const toc = page.getByRole('navigation', { name: '文章目录' }).first()
  await expect(toc.getByRole('heading')).toHaveText('目录')
  await expect(page.getByRole('navigation', { name: '上一篇和下一篇' })).toContainText('较早的文章 →')
  await expect(page.getByRole('button', { name: '切换到深色模式' })).toBeVisible()
  await expect(page.getByRole('button', { name: '回到顶端', includeHidden: true })).toHaveCount(1)
  // `plugins.progressbar: false`.
  await expect(page.locator('.reading-progress')).toHaveCount(0)

  await page.keyboard.press('/')
  const dialog = page.getByRole('dialog', { name: '搜索' })
  const field = dialog.getByRole('searchbox', { name: '搜索文章' })
  await expect(field).toHaveAttribute('placeholder', '想要查找什么…')
  await field.fill('zzzqqqxxx')
  await expect(dialog.getByRole('status')).toHaveText('未找到“zzzqqqxxx”的搜索结果。')
  await field.fill('龙井')
  await expect(dialog.getByRole('status')).toHaveText('“龙井”共有 1 条结果')

  await page.goto(`${ROOT}/no-such-page`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到页面')
  await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible()
})

test('old Hexo URLs (its permalink, under its root) redirect permanently to the post', async ({ page, request }) => {
  const old = `${ROOT}/2020/04/04/2020-04-04_spring-tea`
  const response = await request.get(old, { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(new URL(response.headers().location, ORIGIN).pathname).toBe(`${ROOT}/posts/spring-tea`)
  // With the trailing slash Hexo wrote, as readers' bookmarks have it.
  await page.goto(`${old}/`)
  await expect(page).toHaveURL(`${ROOT}/posts/spring-tea`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('明前茶')
})

test('category_map and tag_map name the URLs; the page from source/about/index.md; the feed where feed.path put it', async ({
  page,
  request,
}) => {
  await page.goto(`${ROOT}/tags/tea`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('标签： #茶')
  await page.goto(`${ROOT}/categories/life`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('分类： 生活')
  await page.goto(`${ROOT}/about`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于我')
  const feed = await request.get(`${ROOT}/feed/atom.xml`)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/atom+xml')
  expect(await feed.text()).toContain('<title>林间笔记</title>')
})
