import { expect, test, type Page } from '@playwright/test'
import { draftTraces } from './build-output'
import { expectUnicodeMatrixResolves } from './unicode-matrix'

// Fixture content (e2e/fixtures): 26 published posts — 8 dated 2017–2021, 16
// constructs dated 2010-01, one with odd tag names (2009-12-31), one with 240
// headings (2009-06) — and 2 drafts.
const cards = (page: Page) => page.locator('main article h2')

test('tag pages paginate 6 per page and 404 past the end', async ({ page }) => {
  await page.goto('/tags/fixture')
  await expect(page.locator('h1')).toContainText('#fixture')
  await expect(page.locator('h1')).toContainText('(16)')
  await expect(cards(page)).toHaveCount(6)
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 3' }).click()
  await expect(page).toHaveURL('/tags/fixture/page/3')
  await expect(cards(page)).toHaveCount(4)
  expect((await page.goto('/tags/fixture/page/4'))?.status()).toBe(404)
  expect((await page.goto('/tags/fixture/page/1'))?.status()).toBe(404) // page 1 is /tags/fixture
})

test('the tag cloud lists every tag with its count, sized by it', async ({ page }) => {
  await page.goto('/tags')
  const cloud = page.locator('main')
  await expect(cloud.getByRole('link', { name: /^fixture/ })).toHaveAttribute('title', '16 posts')
  await expect(cloud.getByRole('link', { name: /^photography/ })).toHaveAttribute('title', '2 posts')
  const size = (name: RegExp) =>
    cloud.getByRole('link', { name }).evaluate((a) => parseFloat(getComputedStyle(a).fontSize))
  expect(await size(/^fixture/)).toBeGreaterThan(await size(/^walking/))
})

test('the category tree shows counts, and categories paginate', async ({ page }) => {
  await page.goto('/categories')
  const tree = page.locator('main')
  await expect(tree.getByRole('link', { name: /^tech\s*2$/ })).toBeVisible()
  await expect(tree.getByRole('link', { name: /^rust\s*1$/ })).toBeVisible()
  await expect(tree.getByRole('link', { name: /^constructs\s*16$/ })).toBeVisible()
  await tree.getByRole('link', { name: /^constructs/ }).click()
  await expect(page).toHaveURL('/categories/constructs')
  await expect(cards(page)).toHaveCount(6)
  await page.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL('/categories/constructs/page/2')
  await expect(cards(page)).toHaveCount(6)
  expect((await page.goto('/categories/constructs/page/4'))?.status()).toBe(404)
})

test('archives group by year and month, 20 per page, with year and month pages', async ({ page }) => {
  await page.goto('/archives')
  await expect(page.locator('h1')).toContainText('(26)')
  await expect(page.locator('main section ol li')).toHaveCount(20)
  await expect(page.getByRole('heading', { name: '2021-04' })).toBeVisible()
  await page.getByRole('link', { name: 'Older →' }).click()
  await expect(page).toHaveURL('/archives/page/2')
  await expect(page.locator('main section ol li')).toHaveCount(6)
  await page.getByRole('link', { name: '2009-12' }).first().click()
  await expect(page).toHaveURL('/archives/2009/12')
  await expect(page.locator('h1')).toContainText('2009-12')
  await expect(page.locator('main section ol li a')).toHaveText(['Names of every kind: 标签 matrix'])
  await page.goto('/archives/2010')
  await expect(page.locator('h1')).toContainText('(16)')
  for (const missing of [
    '/archives/1999',
    '/archives/2020/13',
    '/archives/2020/02',
    '/archives/page/3',
    '/archives/abc',
  ]) {
    expect((await page.goto(missing))?.status(), missing).toBe(404)
  }
})

test('sidebars carry the Icarus widgets; a post’s own widget list replaces them', async ({ page }) => {
  await page.goto('/')
  const left = page.getByRole('complementary', { name: 'Left sidebar' })
  const right = page.getByRole('complementary', { name: 'Right sidebar' })
  await expect(left.getByRole('region', { name: 'Author' })).toContainText('26Posts')
  await expect(
    left.getByRole('region', { name: 'Categories' }).getByRole('link', { name: /^constructs/ }),
  ).toBeVisible()
  await expect(left.getByRole('region', { name: 'Tags' }).getByRole('link', { name: /^区块链/ })).toBeVisible()
  await expect(right.getByRole('region', { name: 'Recent posts' }).getByRole('link')).toHaveCount(5)
  const archives = right.getByRole('region', { name: 'Archives' })
  await expect(archives.getByRole('link', { name: /^\d{4}/ })).toHaveText([
    /^2021\s*1$/,
    /^2020\s*3$/,
    /^2019\s*2$/,
    /^2018\s*1$/,
    /^2017\s*1$/,
    /^2010\s*16$/,
    /^2009\s*2$/,
  ])
  await archives.getByRole('link', { name: /^2020/ }).click()
  await expect(page).toHaveURL('/archives/2020')

  // e2e7f2's front matter lists only the TOC widget, on the right, sticky.
  await page.goto('/posts/e2e7f2')
  await expect(page.getByRole('complementary')).toHaveCount(1)
  await expect(
    page.getByRole('complementary', { name: 'Right sidebar' }).getByRole('navigation', { name: 'Table of contents' }),
  ).toBeVisible()
})

test('on a phone the sidebars follow the content', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/')
  const main = await page.locator('main').boundingBox()
  const left = await page.getByRole('complementary', { name: 'Left sidebar' }).boundingBox()
  expect(left!.y).toBeGreaterThanOrEqual(main!.y + main!.height)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
})

test('a post ends with newer / older links and related posts by shared tags', async ({ page }) => {
  await page.goto('/posts/e2e7f2')
  const nav = page.getByRole('navigation', { name: 'Previous and next post' })
  await expect(nav.getByRole('link', { name: /Newer/ })).toContainText('一杯茶的时间')
  await expect(nav.getByRole('link', { name: /Older/ })).toContainText('Rust notes: ownership in practice')
  await expect(page.getByRole('region', { name: 'Related posts' }).getByRole('link')).toHaveText([
    '摄影散步',
    'Rust notes: ownership in practice',
    'Names of every kind: 标签 matrix',
  ])
  await nav.getByRole('link', { name: /Older/ }).click()
  await expect(page).toHaveURL('/posts/rust-notes')
})

test('standalone pages from content/pages are served at the top level', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click()
  await expect(page).toHaveURL('/about')
  await expect(page.locator('h1')).toHaveText('About this archive')
})

test('Unicode matrix: every tag and category name of any kind resolves to its own page', async ({ page, request }) => {
  await expectUnicodeMatrixResolves(page, request, '/posts/unicode-names')
})

test('drafts are absent from the whole build output', () => {
  expect(draftTraces('.next-e2e/server')).toEqual([])
})
