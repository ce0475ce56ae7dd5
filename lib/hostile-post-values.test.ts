import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * "Nothing in a post's content can stop the build": every front-matter and
 * body value that reaches a URL, a feed, JSON-LD, the sitemap or the search
 * index gets a hostile value here, and each of those outputs is built from
 * it — the way the build builds them, from a content folder.
 */
const POSTS: Record<string, string> = {
  // Every field at once.
  'all-fields.md': `
---
title: '</script><script>alert(1)</script> ]]> & <b>'
permlink: '../../../etc/passwd'
date: 9999-12-31 23:59:59
updated: 0001-01-01
tags:
- '</title>'
- ']]>'
- '../..'
- '%'
- '?#'
- '😀'
- ${'x'.repeat(300)}
- yes
- null
categories:
- '..'
- 'a/b'
thumbnail: 'javascript:alert(1)'
lang: '"><script>'
sticky: .inf
---

<img src="//www.example.com/body.jpg"> [x](javascript:alert(1)) <a href="http://[::1">bad</a> ![](http://[::1/a.png)

\`\`\`</script>
]]>
\`\`\`
`,
  // The two build-stoppers of the issue: the sync tool's backslash-escaped quote, a protocol-relative thumbnail.
  '2016-08-01_old-style.md': `
---
title: 'Let\\'s go'
permlink: lets-go
date: 2016-08-01 10:00:00
categories:
- life
tags:
- life
thumbnail: //www.example.com/a.jpg
---

<img src="//www.example.com/a.jpg">
`,
  'unparsable-thumbnail.md': "---\ntitle: t\npermlink: 'a/b?c#d'\nthumbnail: 'http://[::1'\nlang: en_US\n---\nText\n",
  'root-thumbnail.md': "---\ntitle: r\nthumbnail: '/images/a b.jpg'\ndate: 0001-01-01\n---\nText\n",
  'data-thumbnail.md': "---\ntitle: d\ncover: 'data:image/png;base64,AAAA'\n---\n",
}

type Modules = {
  feeds: typeof import('./feeds')
  metadata: typeof import('./metadata')
  sitemap: typeof import('@/app/sitemap')
  siteData: typeof import('./site-data')
  searchDocument: typeof import('./search/search-document')
  legacy: typeof import('./legacy-redirects')
  load: typeof import('./content/load-posts')
}
let m: Modules

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-'))
  for (const [name, text] of Object.entries(POSTS)) {
    mkdirSync(path.join(root, 'posts'), { recursive: true })
    writeFileSync(path.join(root, 'posts', name), text)
  }
  process.env.CONTENT_DIR = root
  process.env.IMAGE_SIZES = '0'
  process.env.RENDER_CACHE = '0'
  m = {
    feeds: await import('./feeds'),
    metadata: await import('./metadata'),
    sitemap: await import('@/app/sitemap'),
    siteData: await import('./site-data'),
    searchDocument: await import('./search/search-document'),
    legacy: await import('./legacy-redirects'),
    load: await import('./content/load-posts'),
  }
})

const urlsIn = (text: string) =>
  [...text.matchAll(/(?:href|src|url)="([^"]*)"|<(?:link|id|url)>([^<]*)</g)].map((match) => match[1] ?? match[2])

describe('hostile values in posts', () => {
  it('load as posts, with one warning line per file naming it', () => {
    const posts = m.load.loadPosts()
    expect(posts).toHaveLength(Object.keys(POSTS).length)
    const { warnings } = m.load.loadReport()
    expect(warnings).toHaveLength(4)
    expect(warnings.find((line) => line.includes('all-fields.md'))).toMatch(
      /thumbnail dropped, not a web address.*lang dropped, not a language tag/,
    )
    expect(warnings.find((line) => line.includes('old-style.md'))).toMatch(/:3: title read as "Let's go"/)
    expect(warnings.find((line) => line.includes('unparsable-thumbnail.md'))).toMatch(/thumbnail dropped.*lang dropped/)
    expect(warnings.find((line) => line.includes('data-thumbnail.md'))).toMatch(/cover dropped, not a web address/)
    expect(posts.find((post) => post.file.endsWith('old-style.md'))?.thumbnail).toBe('https://www.example.com/a.jpg')
  })

  it('give well-formed feeds in every format, whose URLs all parse and none runs script', async () => {
    const outputs = [
      ...(await Promise.all((['rss', 'atom', 'json'] as const).map((format) => m.feeds.siteFeed(format)))),
      ...(await Promise.all(m.siteData.getTags().map((tag) => m.feeds.tagFeed(tag.segment)))),
      ...(await Promise.all(m.siteData.getAllCategories().map((category) => m.feeds.categoryFeed(category.path)))),
    ] as string[]
    expect(outputs.length).toBeGreaterThan(10)
    for (const output of outputs) {
      if (output.startsWith('{')) expect(() => JSON.parse(output)).not.toThrow()
      else expect(XMLValidator.validate(output)).toBe(true)
      expect(output).not.toMatch(/javascript:/i)
    }
    const rss = outputs[0]
    for (const url of urlsIn(rss)) expect(URL.canParse(url), url).toBe(true)
    // The protocol-relative thumbnail and body image arrive as https.
    expect(rss).toContain('url="https://www.example.com/a.jpg"')
    expect(rss).toContain('https://www.example.com/body.jpg')
    expect(rss).toMatch(/url="http:\/\/localhost:3000\/images\/a%20b\.jpg"/)
    const json = JSON.parse(outputs[2]) as { items: { image?: string }[] }
    for (const item of json.items) if (item.image) expect(item.image).toMatch(/^https?:\/\//)
  })

  it('give a sitemap of URLs that parse, with no dot segments', () => {
    const entries = m.sitemap.default()
    expect(entries.length).toBeGreaterThan(10)
    for (const entry of entries) {
      expect(URL.canParse(entry.url), entry.url).toBe(true)
      expect(new URL(entry.url).pathname.split('/')).not.toContain('..')
      expect(Number.isNaN(new Date(entry.lastModified!).getTime())).toBe(false)
    }
  })

  it('give JSON-LD and page metadata that parse, with absolute images or none', () => {
    for (const post of m.siteData.getPosts()) {
      const jsonLd = m.metadata.blogPostingJsonLd(post, 'description')
      expect(jsonLd).not.toContain('<')
      const data = JSON.parse(jsonLd) as { image?: string; url: string }
      expect(URL.canParse(data.url)).toBe(true)
      if (data.image !== undefined) expect(data.image).toMatch(/^https?:\/\/[^/]/)
      const meta = m.metadata.pageMetadata({
        title: post.title,
        path: `/posts/${post.slug}`,
        image: post.thumbnail,
        type: 'article',
      })
      for (const image of ([] as unknown[]).concat(meta.openGraph?.images ?? []))
        expect(String(image)).toMatch(/^https?:\/\/[^/]/)
    }
  })

  it('give search documents and old-URL redirects without surprises', async () => {
    for (const post of m.siteData.getPosts()) {
      const { html } = await m.siteData.renderPost(post)
      const document = m.searchDocument.searchDocument({ post, url: `/posts/${post.slug}`, html, categories: [] })
      expect(document).not.toMatch(/<script/i)
      expect(html).not.toMatch(/(?:src|href)="\/\//)
    }
    for (const redirect of m.legacy.legacyRedirects()) {
      expect(redirect.from.split('/'), redirect.from).not.toContain('..')
    }
  })
})
