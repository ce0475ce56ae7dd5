import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import rehypePrefixIds from './rehype-prefix-ids'
import { renderMarkdown } from './render-markdown'

/** Runs the plugin alone over an HTML fragment. */
function prefixed(html: string, idPrefix?: string): string {
  const tree = fromHtml(html, { fragment: true })
  const file = new VFile({ data: idPrefix === undefined ? {} : { idPrefix } })
  return toHtml(unified().use(rehypePrefixIds).runSync(tree, file) as Root)
}

describe('rehype-prefix-ids', () => {
  const fixtures: [name: string, input: string, output: string][] = [
    [
      'heading id and its anchor',
      '<h2 id="notes">Notes<a href="#notes">#</a></h2>',
      '<h2 id="r/notes">Notes<a href="#r/notes">#</a></h2>',
    ],
    ['a link to a target outside the fragment is left alone', '<a href="#top">top</a>', '<a href="#top">top</a>'],
    [
      'an encoded link to a CJK id',
      '<h3 id="社会">社会</h3><a href="#%E7%A4%BE%E4%BC%9A">s</a>',
      '<h3 id="r/社会">社会</h3><a href="#r/社会">s</a>',
    ],
    [
      'a legacy named anchor',
      '<a name="user-content-here"></a><a href="#user-content-here">x</a>',
      '<a name="r/user-content-here"></a><a href="#r/user-content-here">x</a>',
    ],
    [
      'footnote references and their ARIA label',
      '<a href="#fn-1" id="fnref-1" aria-describedby="footnote-label">1</a><h2 id="footnote-label">Footnotes</h2><li id="fn-1"><a href="#fnref-1">↩</a></li>',
      '<a href="#r/fn-1" id="r/fnref-1" aria-describedby="r/footnote-label">1</a><h2 id="r/footnote-label">Footnotes</h2><li id="r/fn-1"><a href="#r/fnref-1">↩</a></li>',
    ],
    [
      'ARIA references to ids outside the fragment are left alone',
      '<p aria-labelledby="elsewhere">x</p>',
      '<p aria-labelledby="elsewhere">x</p>',
    ],
    [
      'external and root links are untouched',
      '<a href="https://e.x/#a">e</a><a href="/posts/a#b">p</a>',
      '<a href="https://e.x/#a">e</a><a href="/posts/a#b">p</a>',
    ],
  ]
  for (const [name, input, output] of fixtures) {
    it(name, () => expect(prefixed(input, 'r/')).toBe(output))
  }

  it('does nothing without a prefix', () => {
    const html = '<h2 id="notes">Notes</h2><a href="#notes">n</a>'
    expect(prefixed(html)).toBe(html)
  })

  it('through the whole pipeline: the ids a post would get are prefixed, and so are the recorded headings', async () => {
    const { html, headings } = await renderMarkdown('## Notes\n\n[back](#notes), a note[^1]\n\n[^1]: Text.', {
      idPrefix: '@bob/re-a/',
    })
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1])
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(id.startsWith('@bob/re-a/')).toBe(true)
    for (const [, href] of html.matchAll(/ href="#([^"]*)"/g)) expect(ids).toContain(href)
    expect(headings.map((h) => h.id)).toEqual(['@bob/re-a/notes', '@bob/re-a/user-content-footnote-label'])
  })
})
