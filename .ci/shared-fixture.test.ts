import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isoDateTime } from '../lib/content/dates'
import { normalizePost } from '../lib/content/normalize-post'
import { renderMarkdown } from '../lib/markdown/render-markdown'
import { buildToc } from '../lib/toc'

// The real post from the source system, which CI keeps beside the project in
// ../shared; a user's clone does not have it, so only .ci/run runs this, on
// top of `npm test` (whose lib/source-format.test.ts checks our own post in
// the same format).
const FIXTURE = path.resolve(process.env.SHARED_FIXTURES || '../shared/fixtures', 'posts/2020-03-28_7f2ija.md')

describe('the source system’s own post', async () => {
  const post = normalizePost({ file: FIXTURE, text: readFileSync(FIXTURE, 'utf8'), modified: new Date() }, 'UTC')
  const { html, headings, source } = await renderMarkdown(post.body)

  it('has its front matter read, not rendered', () => {
    expect(post.title).toMatch(/^“.+”.+$/)
    expect(post.slug).toBe('7f2ija')
    expect(isoDateTime(post.date)).toBe('2020-03-28T17:12:42Z')
    expect(post.tags).toHaveLength(4)
    expect(post.categories).toEqual([['cn']])
    expect(post.toc && post.tocNumbered).toBe(true)
    expect(html).not.toMatch(/permlink|toc_nav_num|catalog:/)
  })

  it('shows all three of its images, and no markdown syntax as text', () => {
    expect(html.match(/<img /g)).toHaveLength(3)
    expect(html).not.toContain('![')
    expect(html).not.toContain('](')
  })

  it('has its sync footer as a source note, not in the body', () => {
    expect(source).toEqual({ title: post.title, url: 'https://steemit.com/@iguazi123/7f2ija' })
    expect(html).not.toContain('synchronized from')
  })

  it('has a numbered 3-entry TOC from its raw-HTML headings', () => {
    const toc = buildToc(headings, { minDepth: 2, maxDepth: 4, numbered: true })
    expect(toc.map((entry) => entry.number)).toEqual(['1', '2', '3'])
    for (const entry of toc) expect(html).toContain(`id="${entry.id}"`)
  })
})
