import { expect, test, type Page } from '@playwright/test'

const POST = '/posts/e2e7f2'
const toc = (page: Page) => page.getByRole('navigation', { name: 'Table of contents' })
const current = (page: Page) => toc(page).locator('a[aria-current="location"]')

test.use({ viewport: { width: 1280, height: 800 } })

test('the TOC lists the three raw-HTML headings, numbered, as #id links', async ({ page }) => {
  await page.goto(POST)
  const links = toc(page).getByRole('link')
  await expect(links).toHaveText(['1第一个发现：老街', '2第二个发现：河边', '3第三个发现：茶馆'])
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!
    expect(href.startsWith('#')).toBe(true)
    // The id resolves to a heading in the article (CJK ids compared decoded).
    await expect(page.locator(`article [id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1)
  }
})

test('the highlighted entry follows the heading being read, one at a time', async ({ page }) => {
  await page.goto(POST)
  await expect(current(page)).toHaveCount(1)
  await expect(current(page)).toHaveText('1第一个发现：老街')

  const links = await toc(page).getByRole('link').all()
  for (const [index, link] of links.entries()) {
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1))
    // Scroll the heading just past the reading line under the sticky header.
    await page.evaluate((id) => {
      const heading = document.getElementById(id)!
      window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 70, behavior: 'instant' })
    }, id)
    await expect(current(page)).toHaveText(`${index + 1}${await link.textContent().then((t) => t!.slice(1))}`)
    await expect(current(page)).toHaveCount(1)
  }

  // Scrolling back up moves the highlight back.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await expect(current(page)).toHaveText('1第一个发现：老街')
})

test('at the very bottom the last heading is active', async ({ page }) => {
  await page.goto(POST)
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
  await expect(current(page)).toHaveText('3第三个发现：茶馆')
})

test('clicking an entry scrolls its heading under the header and updates the hash', async ({ page }) => {
  await page.goto(POST)
  const link = toc(page).getByRole('link', { name: '第二个发现：河边' })
  const href = (await link.getAttribute('href'))!
  await link.click()
  await expect(page).toHaveURL(/#/)
  expect(new URL(page.url()).hash).toBe(encodeURI(href))
  await expect(current(page)).toHaveText('2第二个发现：河边')
  const id = decodeURIComponent(href.slice(1))
  await expect
    .poll(() => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id))
    .toBeLessThanOrEqual(84)
  const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id)
  expect(top).toBeGreaterThanOrEqual(56) // not under the 56 px sticky header
  expect(top).toBeLessThanOrEqual(84)
})
