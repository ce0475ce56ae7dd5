import { expect, type APIRequestContext, type Page } from '@playwright/test'
import type { Element } from 'hast'
import { parseHtml, readerText, selectAll } from './html'

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
 * is served (next start, or a static export under a base path). The links are
 * read in the browser; the pages they lead to from the HTML the server sends
 * for them (the heading and the list are server-rendered), one request each.
 */
export async function expectUnicodeMatrixResolves(
  page: Page,
  request: APIRequestContext,
  postPath: string,
): Promise<void> {
  await page.goto(postPath)
  const tagLinks = page.getByRole('list', { name: 'Tags' }).getByRole('link')
  await expect(tagLinks).toHaveText(UNICODE_TAGS.map((name) => `#${name}`))
  const categoryLinks = page.getByRole('list', { name: 'Categories' }).getByRole('link')
  await expect(categoryLinks).toHaveText(UNICODE_CATEGORIES)
  const categoryHrefs = await categoryLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
  for (const name of UNICODE_TAGS) {
    const href = (await tagLinks.filter({ hasText: new RegExp(`^#${escapeRegExp(name)}$`) }).getAttribute('href'))!
    expect(href, name).toMatch(/^(\/@demo)?\/tags\/[^/?#%.]+\/?$/) // one clean segment under /tags/
    const response = await request.get(encodeURI(href))
    expect(response.status(), `${name} → ${href}`).toBe(200)
    const tagPage = parseHtml(await response.text())
    const headings = selectAll(tagPage, (element) => element.tagName === 'h1').map(text)
    expect(headings, name).toHaveLength(1)
    expect(headings[0], name).toContain(`#${name}`)
    const listed = selectAll(
      tagPage,
      (element, ancestors) =>
        element.tagName === 'h2' &&
        ancestors.some((ancestor) => ancestor.tagName === 'article') &&
        ancestors.some((ancestor) => ancestor.tagName === 'main'),
    ).map(text)
    expect(listed, name).toContain('Names of every kind: 标签 matrix')
  }
  for (const href of categoryHrefs) {
    expect((await request.get(encodeURI(href))).status(), href).toBe(200)
  }
}

/** An element's text with its white space collapsed, as Playwright's text matchers compare it. */
const text = (element: Element) => readerText(element).replace(/\s+/g, ' ').trim()
