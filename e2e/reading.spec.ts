import { axeViolations } from './axe'
import { expect, test } from '@playwright/test'

const POST = '/posts/e2e7f2'

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  // That nothing is wider than a phone's screen: phone.spec.ts, on every page at 320 px and on these at 375 and 390.
  test('the TOC is a disclosure above the post that closes on choice', async ({ page }) => {
    await page.goto(POST)
    await expect(page.getByRole('complementary')).toBeHidden()
    const disclosure = page.locator('details').filter({ has: page.getByText('Contents', { exact: true }) })
    const article = await page.locator('article').boundingBox()
    expect((await disclosure.boundingBox())!.y).toBeLessThan(article!.y + 400)
    await disclosure.getByText('Contents', { exact: true }).click()
    const link = disclosure.getByRole('link', { name: '第二个发现：河边' })
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1))
    await link.click()
    await expect(disclosure).not.toHaveAttribute('open')
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id))
      .toBeLessThanOrEqual(84)
  })
})

test('the reading-progress bar fills and back-to-top returns to the top', async ({ page }) => {
  await page.goto(POST)
  const bar = page.locator('.reading-progress')
  await expect(bar).toHaveCSS('transform', 'matrix(0, 0, 0, 1, 0, 0)')
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
  await expect(bar).toHaveCSS('transform', 'matrix(1, 0, 0, 1, 0, 0)')
  await page.getByRole('button', { name: 'Back to top' }).click()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

test('dark mode follows the system, the toggle is remembered, and no page flashes the wrong theme', async ({
  page,
}) => {
  // Record the background at the first animation frame: before the first paint.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      ;(window as unknown as { firstBg: string }).firstBg = getComputedStyle(document.body).backgroundColor
    })
  })
  /** The theme of a fresh load, checking that the first frame already had its final background. */
  const loadedTheme = async () => {
    const first = await page
      .waitForFunction(() => (window as unknown as { firstBg?: string }).firstBg)
      .then((h) => h.jsonValue())
    await page.waitForLoadState('networkidle')
    expect(first).toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    return page.locator('html').getAttribute('data-theme')
  }

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(POST)
  expect(await loadedTheme()).toBe('dark')
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBg)
  await page.goto('/')
  expect(await loadedTheme()).toBe('light') // remembered, though the system is dark
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await page.emulateMedia({ colorScheme: 'light' })
  await page.reload()
  expect(await loadedTheme()).toBe('dark')
})

test('print shows the post without site chrome', async ({ page }) => {
  await page.goto(POST)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header').first()).toBeHidden()
  await expect(page.getByRole('complementary')).toBeHidden()
  await expect(page.locator('article h1')).toBeVisible()
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on home, post, archive, category and tag-cloud pages (${theme})`, async ({ page }) => {
    // One page of each kind, each analysed whole: more than the default 30 s on a busy 2-core machine. A
    // tag or category page is home's list (PostListPage): its heading's colours are on these pages too.
    // The post with code is there for the highlighter's colours.
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: theme })
    for (const path of ['/', POST, '/posts/code', '/archives', '/categories', '/tags']) {
      await page.goto(path)
      expect(await axeViolations(page), `${path} (${theme})`).toEqual([])
    }
  })
}
