import { describe, expect, it } from 'vitest'
import type { Post } from '../content/post'
import { searchDocument, SEARCH_WEIGHTS } from './search-document'

const post = {
  title: 'Tea <img src=x onerror=alert(1)>',
  date: new Date('2020-07-07T07:07:07Z'),
  tags: ['茶', 'life'],
} as Post

describe('searchDocument', () => {
  const html = searchDocument({ post, url: '/posts/tea', html: '<p>一杯热茶</p>', categories: ['life / slow'] })

  it('weights the title and the tags above the body', () => {
    expect(html).toContain(`<h1 data-pagefind-weight="${SEARCH_WEIGHTS.title}" data-pagefind-meta="title">`)
    expect(html).toContain(`<p data-pagefind-weight="${SEARCH_WEIGHTS.tags}">茶 · life</p>`)
    expect(SEARCH_WEIGHTS.tags).toBeGreaterThan(1)
    expect(html).toContain('<div><p>一杯热茶</p></div>')
  })

  it('keeps a title’s markup as text', () => {
    expect(html).toContain('Tea &#x3C;img src=x onerror=alert(1)>')
    expect(html).not.toContain('<img')
  })

  it('carries the date and categories as result metadata, outside the searched text', () => {
    expect(html).toContain(
      '<div data-pagefind-ignore="index"><time data-pagefind-meta="date">2020-07-07T07:07:07Z</time>',
    )
    expect(html).toContain('<span data-pagefind-meta="categories">life / slow</span>')
  })
})
