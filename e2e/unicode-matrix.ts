import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Tag names that break naive URL handling; the fixture post `unicode-names` carries them all. */
export const UNICODE_TAGS = [
  '区块链',
  'hello world',
  'c++',
  'C#',
  'a/b',
  'node.js',
  '100%',
  'what?',
  '#hash',
  '🚀',
  '한국어',
]
export const UNICODE_CATEGORIES = ['编程 语言 / C#', 'what? / a/b', '100%']

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * From the post that carries them, every tag and category link resolves (200)
 * to a page showing that exact name and listing the post — wherever the site
 * is served (next start, or a static export under a base path).
 */
export async function expectUnicodeMatrixResolves(
  page: Page,
  request: APIRequestContext,
  postPath: string,
): Promise<void> {
  await page.goto(postPath)
  const tagLinks = page.getByRole('list', { name: 'Tags' }).getByRole('link')
  await expect(tagLinks).toHaveText(UNICODE_TAGS.map((name) => `#${name}`))
  for (const name of UNICODE_TAGS) {
    const href = (await tagLinks.filter({ hasText: new RegExp(`^#${escapeRegExp(name)}$`) }).getAttribute('href'))!
    expect(href, name).toMatch(/^(\/@demo)?\/tags\/[^/?#%.]+\/?$/) // one clean segment under /tags/
    expect((await request.get(encodeURI(href))).status(), `${name} → ${href}`).toBe(200)
    await page.goto(encodeURI(href))
    await expect(page.locator('h1'), name).toContainText(`#${name}`)
    await expect(page.locator('main article h2'), name).toContainText(['Names of every kind: 标签 matrix'])
  }
  await page.goto(postPath)
  const categoryLinks = page.getByRole('list', { name: 'Categories' }).getByRole('link')
  await expect(categoryLinks).toHaveText(UNICODE_CATEGORIES)
  for (const link of await categoryLinks.all()) {
    const href = (await link.getAttribute('href'))!
    expect((await request.get(encodeURI(href))).status(), href).toBe(200)
  }
}
