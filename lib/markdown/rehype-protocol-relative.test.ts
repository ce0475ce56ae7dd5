import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

describe('rehype-protocol-relative', () => {
  it('reads //host images and links as https, in HTML and in markdown', async () => {
    const { html } = await renderMarkdown('<img src="//www.example.com/a.jpg">\n\n[x](//example.com/y) ![](//example.com/b.png)')
    expect(html).toContain('<img src="https://www.example.com/a.jpg"')
    expect(html).toContain('<a href="https://example.com/y"')
    expect(html).toContain('<img src="https://example.com/b.png"')
    expect(html).not.toMatch(/(?:src|href)="\/\//)
  })

  it('asks the image-size resolver about the https URL', async () => {
    const asked: string[] = []
    await renderMarkdown('<img src="//www.example.com/a.jpg">', {
      resolveImageSize: async (src) => {
        asked.push(src)
        return undefined
      },
    })
    expect(asked).toEqual(['https://www.example.com/a.jpg'])
  })

  it('leaves root-relative paths alone', async () => {
    expect((await renderMarkdown('[a](/posts/x)')).html).toContain('href="/posts/x"')
  })
})
