import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

describe('loose images and links', () => {
  it('repair `![alt](url with spaces)` and `[text](url with spaces)` left as text', async () => {
    const { html } = await renderMarkdown('See ![a cat](https://example.com/my cat.jpg) and [the page](https://example.com/a page).')
    expect(html).toContain('<img src="https://example.com/my%20cat.jpg" alt="a cat"')
    expect(html).toContain('<a href="https://example.com/a%20page"')
  })

  // These took minutes with the earlier patterns, which could match the same text many ways.
  it('read brackets and parentheses that never close in one pass', async () => {
    const opens = `[a](${'('.repeat(200_000)} x`
    expect((await renderMarkdown(opens)).html).toContain('(((')
    const manyLinks = `${'[a](b'.repeat(50_000)}\n`
    expect((await renderMarkdown(manyLinks)).html).toContain('[a](b[a](b')
    const spaces = `x${'\n '.repeat(100_000)}https://example.com/i.png\n`
    expect((await renderMarkdown(spaces)).html).toContain('<img src="https://example.com/i.png"')
  }, 60_000)
})
