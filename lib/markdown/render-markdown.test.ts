import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

describe('renderMarkdown', () => {
  it('gives raw-HTML headings ids and TOC entries like markdown ones', async () => {
    const { html, headings } = await renderMarkdown('<h2>社会化未来</h2>\n\n## Second part\n\n<h3>细节</h3>\n')
    expect(headings).toEqual([
      { depth: 2, text: '社会化未来', id: '社会化未来' },
      { depth: 2, text: 'Second part', id: 'second-part' },
      { depth: 3, text: '细节', id: '细节' },
    ])
    expect(html).toContain('<h2 id="社会化未来">')
    expect(html).toContain('<h2 id="second-part">')
  })

  it('keeps ids unique in the page', async () => {
    const { headings } = await renderMarkdown('## Notes\n\n## Notes\n\n<h2>Notes</h2>')
    expect(headings.map((h) => h.id)).toEqual(['notes', 'notes-1', 'notes-2'])
  })

  it('appends an anchor link that screen readers skip, kept out of the heading text', async () => {
    const { html, headings } = await renderMarkdown('## Hello')
    expect(html).toContain('<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#hello">#</a>')
    expect(headings[0].text).toBe('Hello')
  })

  it('demotes headings when the body uses h1, so the page title stays the only h1', async () => {
    const { html, headings } = await renderMarkdown('# Part\n\n## Sub\n\n###### Deep')
    expect(html).not.toContain('<h1')
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 6])
  })

  it('renders GFM tables and strikethrough', async () => {
    const { html } = await renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~')
    expect(html).toContain('<table>')
    expect(html).toContain('<del>old</del>')
  })

  it('removes script and event handlers from raw HTML', async () => {
    const { html } = await renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)">\n\n<a href="javascript:alert(1)">x</a>',
    )
    expect(html).not.toMatch(/<script|onerror|javascript:/i)
  })

  it('prefixes ids written by authors so they cannot clobber the page', async () => {
    const { html } = await renderMarkdown('<p id="main">x</p>')
    expect(html).toContain('id="user-content-main"')
  })

  it('sizes images it knows the size of, and leaves an author’s own size alone', async () => {
    const resolveImageSize = async (src: string) => (src.endsWith('a.png') ? { width: 800, height: 600 } : undefined)
    const { html } = await renderMarkdown(
      '![a](https://img.example/a.png)\n\n<img src="https://img.example/a.png" width="100">\n\n![b](https://img.example/b.png)',
      { resolveImageSize },
    )
    const images = html.match(/<img [^>]*>/g)!
    expect(images[0]).toContain('width="800" height="600"')
    expect(images[1]).toContain('width="100"')
    expect(images[1]).not.toContain('height=')
    expect(images[2]).not.toMatch(/width=|height=/)
  })
})
