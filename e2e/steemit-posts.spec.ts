import { expect, test } from '@playwright/test'
import { ARCHIVE_START, pagePath } from './real-archive/servers'

// Posts as the source system wrote them, in the real-looking archive (a folder
// with no config: Steemit's dialect, the default): e2e/real-archive/content/
// _posts/account/old-sync/. Two of them stopped the whole build before.

test.use({ baseURL: ARCHIVE_START.origin })

test('a title with a backslash-escaped quote and one with raw backslashes read as the author wrote them', async ({
  page,
}) => {
  await page.goto(pagePath(ARCHIVE_START, '/posts/lets-go-tea-market'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Let's go: 去茶市场")
  const tags = page.locator('article').getByRole('link', { name: /^#?(yes|2020|\*star)$/ })
  await expect(tags).toHaveCount(3)

  await page.goto(pagePath(ARCHIVE_START, '/posts/c-users-backup-notes'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('C:\\Users\\lin 的备份笔记')
})

test('a protocol-relative image is shown over https', async ({ page }) => {
  await page.goto(pagePath(ARCHIVE_START, '/posts/lets-go-tea-market'))
  await expect(page.locator('article img[src*="tea-market.jpg"]')).toHaveAttribute(
    'src',
    'https://www.example.com/tea-market.jpg',
  )
})

test.describe('a bilingual poem written for Steemit', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(pagePath(ARCHIVE_START, '/posts/bilingual-river-poem'))
  })

  test('alternating Chinese and English lines stay on their own lines', async ({ page }) => {
    const poem = page.locator('article p').filter({ hasText: '月亮升起来了' })
    const lines = ['月亮升起来了', 'The moon is rising', '风从河上吹过', 'Wind blows over the river']
    expect(
      (await poem.innerText())
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(lines)
    // Each line below the one before it, as a reader sees them.
    const tops = await poem.evaluate((element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
        .map((node) => {
          const range = document.createRange()
          range.selectNodeContents(node)
          return range.getBoundingClientRect().top
        }),
    )
    expect(tops).toHaveLength(4)
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(tops[i - 1])
  })

  test('a heading and a code block right under a <br/> line are a heading and a code block', async ({ page }) => {
    const article = page.locator('article')
    await expect(article.getByRole('heading', { name: '第二段 · Part two' })).toBeVisible()
    await expect(article.locator('pre code')).toHaveText('echo "written right under a br line"')
    await expect(article).not.toContainText('## 第二段')
    await expect(article).not.toContainText('```')
  })

  test('a URL followed by Chinese text is linked over the URL alone; a mention links to the profile', async ({
    page,
  }) => {
    const article = page.locator('article')
    const url = article.getByRole('link', { name: 'https://example.com/river-poem' })
    await expect(url).toHaveAttribute('href', 'https://example.com/river-poem')
    // The bold word after the URL is text of the sentence, not part of a link.
    await expect(article.locator('strong', { hasText: '这里' })).toHaveCount(1)
    await expect(article.locator('a strong, a:has-text("然后")')).toHaveCount(0)

    await expect(article.getByRole('link', { name: '@lin-poems', exact: true })).toHaveAttribute(
      'href',
      'https://steemit.com/@lin-poems',
    )
  })
})
