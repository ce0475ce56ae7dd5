import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

const html = async (markdown: string, dialect?: 'steemit' | 'commonmark') => (await renderMarkdown(markdown, { dialect })).html
const withoutAnchors = (text: string) => text.replace(/<a class="heading-anchor"[^>]*>#<\/a>/g, '')

describe('remark-steemit-html-blocks (Steemit dialect)', () => {
  it('reads a heading right after a <br/> line', async () => {
    expect(withoutAnchors(await html('<br/>\n## 第二部分\n\nText'))).toBe('<p><br></p>\n<h2 id="第二部分">第二部分</h2>\n<p>Text</p>')
  })

  it('reads a code fence right after a <br> line', async () => {
    const rendered = await html('<br>\n```\nlet x = 1\n```')
    expect(rendered).toMatch(/^<p><br><\/p>\n<div class="code-block">.*<pre[^>]*><code>.*let x = 1/s)
  })

  it('reads markdown after an inline tag, an <hr> or an <h2> alone on a line', async () => {
    expect(withoutAnchors(await html('<span>note</span>\n# Title'))).toBe('<p><span>note</span></p>\n<h2 id="title">Title</h2>')
    expect(withoutAnchors(await html('<hr>\n## After the rule'))).toBe('<hr>\n<h2 id="after-the-rule">After the rule</h2>')
    expect(withoutAnchors(await html('<h2>Part</h2>\n**bold**'))).toBe('<h2 id="part">Part</h2><br>\n<strong>bold</strong>')
    expect(await html('<img src="https://example.com/a.png">\n**caption**')).toMatch(/<img [^>]+><\/a><br>\n<strong>caption<\/strong>/)
  })

  it('reads markdown inside <center>, which Steemit never took for a block', async () => {
    expect(await html('<center>\n**居中**\n</center>')).toBe('<center><br>\n<strong>居中</strong><br>\n</center>')
  })

  it('still starts HTML blocks at block tags, to the next blank line', async () => {
    expect(await html('<div class="pull-left">\n# not a heading\n</div>')).toBe('<div class="pull-left">\n# not a heading\n</div>')
    expect(await html('<table><tr><td>a</td></tr></table>\n## not a heading either')).not.toContain('<h2')
    expect(await html('<!-- note -->\n## 标题')).toContain('<h2')
  })

  it('keeps CommonMark HTML blocks in the CommonMark dialect', async () => {
    expect(await html('<br/>\n## heading', 'commonmark')).toBe('<br>\n## heading')
  })
})
