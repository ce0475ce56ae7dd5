import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isoDateTime } from './content/dates'
import { normalizePost } from './content/normalize-post'
import { renderMarkdown } from './markdown/render-markdown'
import { buildToc } from './toc'

// Our own post in the source system's exact format and with its traps: the
// blank first line, 4-space-indented Icarus keys, a zone-less date, raw <h2>
// headings, markdown images inside <p>, the quoted title repeated in the sync
// footer. (.ci/run checks the real post in ../shared the same way, when present.)
const FILE = 'e2e/fixtures/posts/2020-03-28_e2e7f2.md'

describe('a post exactly as the source system writes it', async () => {
  const post = normalizePost({ file: FILE, text: readFileSync(FILE, 'utf8'), modified: new Date() }, 'UTC')
  const { html, headings, source } = await renderMarkdown(post.body)

  it('has its front matter read, not rendered', () => {
    expect(post.title).toBe('“城市+漫步”三个发现')
    expect(post.slug).toBe('e2e7f2')
    expect(isoDateTime(post.date)).toBe('2020-03-28T17:12:42Z')
    expect(post.tags).toEqual(['cn', '城市', 'walking', 'c++'])
    expect(post.categories).toEqual([['cn']])
    expect(post.toc && post.tocNumbered).toBe(true)
    expect(html).not.toMatch(/permlink|toc_nav_num|catalog:/)
  })

  it('shows its images, and no markdown syntax as text', () => {
    expect(html.match(/<img /g)?.length).toBeGreaterThanOrEqual(2)
    expect(html).not.toContain('![')
    expect(html).not.toContain('](')
  })

  it('has its sync footer as a source note, not in the body', () => {
    expect(source).toEqual({ title: post.title, url: 'https://steemit.com/@e2e-writer/e2e7f2' })
    expect(html).not.toContain('synchronized from')
  })

  it('has a numbered TOC from its raw-HTML headings, each pointing at its heading', () => {
    const toc = buildToc(headings, { minDepth: 2, maxDepth: 4, numbered: true })
    expect(toc.map((entry) => entry.number)).toEqual(toc.map((_, at) => String(at + 1)))
    expect(toc.length).toBeGreaterThanOrEqual(3)
    for (const entry of toc) expect(html).toContain(`id="${entry.id}"`)
  })
})
