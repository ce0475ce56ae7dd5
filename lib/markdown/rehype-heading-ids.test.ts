import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

const ids = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1])

describe('heading ids', () => {
  it('gives headings without letters or digits an id of their own', async () => {
    const { html, headings } = await renderMarkdown('## 🚀\n\n## ...\n\n<h2>🎉🎉</h2>\n\n## ？！\n')
    expect(ids(html)).toEqual(['section', 'section-2', 'section-3', 'section-4'])
    expect(headings.map((heading) => heading.id)).toEqual(['section', 'section-2', 'section-3', 'section-4'])
  })

  it('keeps GitHub-style ids for text, CJK included, and numbers repeats', async () => {
    const { html } = await renderMarkdown('## 开始\n\n## 开始\n\n## Hello World\n\n## 🚀 Launch\n')
    expect(ids(html)).toEqual(['开始', '开始-1', 'hello-world', '-launch'])
  })

  it('never takes the page’s own ids or another element’s', async () => {
    const { html } = await renderMarkdown('## Main\n\n## Replies\n\n<div id="x">a</div>\n\n## user-content-x\n')
    expect(ids(html)).toEqual(['main-2', 'replies-2', 'user-content-x-2'])
  })

  it('guards ids that would clobber page globals, and cuts very long ones', async () => {
    const long = '长'.repeat(300)
    const { html } = await renderMarkdown(`## __next_f\n\n## ${long}\n\n## ${long}\n`)
    expect(ids(html)).toEqual(['h-__next_f', '长'.repeat(100), `${'长'.repeat(100)}-2`])
  })

  it('gives the same ids on every render', async () => {
    const markdown = '## 🚀\n\n## a\n\n## a\n\n## 中文\n'
    expect(ids((await renderMarkdown(markdown)).html)).toEqual(ids((await renderMarkdown(markdown)).html))
  })
})
