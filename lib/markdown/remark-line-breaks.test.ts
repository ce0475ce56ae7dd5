import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

const html = async (markdown: string, dialect?: 'steemit' | 'commonmark') => (await renderMarkdown(markdown, { dialect })).html

describe('remark-line-breaks (Steemit dialect)', () => {
  it('keeps alternating Chinese and English lines on their own lines', async () => {
    expect(await html('第一行\nThe first line\n第二行\nThe second line')).toBe(
      '<p>第一行<br>\nThe first line<br>\n第二行<br>\nThe second line</p>',
    )
  })

  it('breaks lines in list items, quotes and emphasis, and keeps blank lines as paragraphs', async () => {
    expect(await html('- one\n  two\n\n> a\n> b')).toBe(
      '<ul>\n<li>one<br>\ntwo</li>\n</ul>\n<blockquote>\n<p>a<br>\nb</p>\n</blockquote>',
    )
    expect(await html('**bold\nstill bold**\n\nnext')).toBe('<p><strong>bold<br>\nstill bold</strong></p>\n<p>next</p>')
  })

  it('adds one break where the author already ended a line with two spaces', async () => {
    expect(await html('a  \nb')).toBe('<p>a<br>\nb</p>')
  })

  it('leaves code, and HTML blocks Steemit passed through, as written', async () => {
    expect(await html('`a\nb`')).toBe('<p><code>a b</code></p>')
    expect(await html('<div>\none\ntwo\n</div>')).toBe('<div>\none\ntwo\n</div>')
  })

  it('joins the lines in the CommonMark dialect', async () => {
    expect(await html('第一行\nThe first line', 'commonmark')).toBe('<p>第一行\nThe first line</p>')
  })

  it('breaks every line of a long poem', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `第${i}行 line ${i}`)
    const rendered = await html(lines.join('\n'))
    expect(rendered.match(/<br>/g)).toHaveLength(lines.length - 1)
  })
})
