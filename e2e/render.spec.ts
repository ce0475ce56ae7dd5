import { expect, test, type Page } from '@playwright/test'
import { attribute, hasClass, parseHtml, readerText, selectAll } from './html'

// One page per construct: e2e/fixtures/posts/constructs/*.md (the same files the unit tests render).
const article = (page: Page) => page.locator('article')
const body = (page: Page) => page.locator('article .post-body')

test('no markdown syntax reaches the reader on any fixture page', async ({ request }) => {
  // The HTML the server sends (the post body is not changed in the browser), read without opening each page in Chromium.
  const fetchPage = async (path: string) => {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    return parseHtml(await response.text())
  }
  const postLinks = new Set<string>()
  for (let next: string | undefined = '/'; next;) {
    const home = await fetchPage(next)
    for (const link of selectAll(
      home,
      (element, ancestors) =>
        element.tagName === 'a' &&
        ['main', 'article', 'h2'].every((tag) => ancestors.some((ancestor) => ancestor.tagName === tag)),
    ))
      postLinks.add(attribute(link, 'href')!)
    const older = selectAll(home, (element) => element.tagName === 'a' && readerText(element).trim() === 'Older →')
    next = older.length > 0 ? attribute(older[0], 'href') : undefined
  }
  expect(postLinks.size).toBe(26)
  for (const href of postLinks) {
    const bodies = selectAll(
      await fetchPage(href),
      (element, ancestors) =>
        hasClass(element, 'post-body') && ancestors.some((ancestor) => ancestor.tagName === 'article'),
    )
    expect(bodies, href).toHaveLength(1)
    expect(readerText(bodies[0], ['pre', 'code']), href).not.toMatch(/!\[|\]\(|\*\*/)
  }
})

test('markdown inside <p> and <center> blocks renders: images, bold, links', async ({ page }) => {
  await page.goto('/posts/markdown-in-html')
  await expect(body(page).locator('p img[alt="in-p"]')).toHaveCount(1)
  await expect(body(page).locator('center img[alt="in-center"]')).toHaveCount(1)
  await expect(body(page).locator('center strong')).toHaveText('居中粗体')
  await expect(body(page).locator('center a[href="https://example.com/centered"]')).toHaveText('a link')
})

test('CJK bold closing on punctuation is bold', async ({ page }) => {
  await page.goto('/posts/cjk-emphasis')
  await expect(body(page).locator('strong')).toHaveText('温度。')
  await expect(body(page).locator('del')).toHaveText('删除。')
})

test('the XSS fixture shows its text and runs nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/posts/xss')
  await expect(body(page)).toContainText('Safe paragraph text.')
  await expect(body(page)).toContainText('javascript link')
  // Front matter is text: the title and a tag show their markup literally.
  await expect(page.locator('h1')).toHaveText('XSS attempts render as text <img src=x onerror=window.__xss="title">')
  await expect(
    page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#<b onmouseover=window.__xss="tag">tag</b>' }),
  ).toBeVisible()
  await page.getByRole('list', { name: 'Tags' }).getByRole('link').last().hover()
  // Give injected handlers (onerror on broken images, lazy ones on scroll) their chance.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined()
  expect(dialogs).toEqual([])
  // Nothing hid the page, and the page's own #main was not clobbered.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => document.getElementById('main')?.tagName)).toBe('MAIN')
  for (const link of await body(page).getByRole('link').all()) {
    expect((await link.getAttribute('href')) ?? '').not.toMatch(/^\s*(javascript|data):/i)
  }
})

test('videos are plain links: no third-party request on page view', async ({ page }) => {
  const thirdParty: string[] = []
  page.on('request', (request) => {
    if (/youtube|vimeo|3speak/.test(new URL(request.url()).host)) thirdParty.push(request.url())
  })
  await page.goto('/posts/videos')
  await page.waitForLoadState('networkidle')
  await expect(body(page).locator('iframe')).toHaveCount(0)
  await expect(body(page).getByRole('link', { name: '▶ Watch on YouTube' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  )
  expect(thirdParty).toEqual([])
})

test('images are lazy, keep alt text, open full size; a broken one shows its alt text', async ({ page, context }) => {
  // The image host is unreachable from the test machine: answer for it with a wide image.
  await context.route('https://cdn.steemitimages.com/**', (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"/>',
    }),
  )
  await page.goto('/posts/images')
  const chart = body(page).locator('img[alt="A chart"]')
  await expect(chart).toHaveAttribute('loading', 'lazy')
  await expect(chart).toHaveAttribute('decoding', 'async')
  const src = (await chart.getAttribute('src'))!
  expect(src).toContain('chart%20(1).png')
  const popup = page.waitForEvent('popup')
  await chart.click()
  expect((await popup).url()).toBe(src)
  await expect(body(page).getByText('screenshot', { exact: true })).toBeVisible()
  await expect(body(page)).not.toContainText('UPLOAD FAILED')
  const width = await body(page).evaluate((el) => el.clientWidth)
  // A 3000 px wide image is scaled to the column.
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(3000)
  for (const img of await body(page).locator('img').all()) {
    expect((await img.boundingBox())?.width ?? 0).toBeLessThanOrEqual(width)
  }
})

test('links: external in a new tab, archived Steemit posts local, the source note linked', async ({ page }) => {
  await page.goto('/posts/links')
  await expect(body(page).getByRole('link', { name: 'external link' })).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(body(page).getByRole('link', { name: 'external link' })).toHaveAttribute('target', '_blank')
  await expect(article(page).getByText('Originally published on Steemit:')).toBeVisible()
  await expect(article(page).locator('.source-note a')).toHaveAttribute('href', 'https://steemit.com/@e2e-writer/links')
  await body(page).getByRole('link', { name: 'Steemit link to a post in this archive' }).click()
  await expect(page).toHaveURL('/posts/e2e7f2')
})

test('code is highlighted, and the copy button copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/posts/code')
  const block = body(page).locator('.code-block').first()
  await expect(block.locator('pre.shiki span[style*="--shiki-dark"]').first()).toBeVisible()
  await block.hover()
  await block.getByRole('button', { name: 'Copy code' }).click()
  await expect(block.getByRole('button', { name: 'Copy code' })).toHaveText('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    'fn largest<T: PartialOrd>(items: &[T]) -> &T {',
  )
  await expect(body(page).locator('pre').nth(1)).toContainText('cd build &amp;&amp; make && echo "<done>"')
})

test('math renders as MathML, a 100-row table keeps its rows, details open', async ({ page }) => {
  await page.goto('/posts/math')
  await expect(body(page).locator('math')).toHaveCount(2)
  await expect(body(page).locator('math[display="block"]')).toBeVisible()
  await page.goto('/posts/big-table')
  await expect(body(page).locator('tr')).toHaveCount(101)
  await page.goto('/posts/steemit-html')
  const details = body(page).locator('details')
  await expect(details).not.toHaveAttribute('open')
  await details.getByText('展开 Details').click()
  await expect(details).toHaveAttribute('open', '')
})

test('heading anchors are hidden from screen readers', async ({ page }) => {
  await page.goto('/posts/headings')
  const heading = page.getByRole('heading', { name: 'Notes' }).first()
  await expect(heading).toHaveAccessibleName('Notes')
  await expect(heading.locator('.heading-anchor')).toHaveAttribute('aria-hidden', 'true')
})
