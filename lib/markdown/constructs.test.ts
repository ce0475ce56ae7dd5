import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { normalizePost } from '../content/normalize-post'
import { renderMarkdown } from './render-markdown'

/**
 * One fixture per construct real Steemit/Hexo posts use, in
 * e2e/fixtures/posts/constructs/ — the same files the e2e tests open in a
 * browser. Here: the HTML they render to.
 */
const DIR = path.resolve('e2e/fixtures/posts/constructs')

async function render(name: string) {
  const post = normalizePost(
    { file: name, text: readFileSync(path.join(DIR, `${name}.md`), 'utf8'), modified: new Date() },
    'UTC',
  )
  return renderMarkdown(post.body, {
    resolvePostLink: (permlink) => (permlink === 'e2e7f2' ? '/posts/e2e7f2' : undefined),
  })
}

/** Markdown syntax that must never reach a reader as text (code excluded). */
function visibleMarkdownSyntax(html: string): string[] {
  const text = html.replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '')
  return text.match(/!\[|\]\(|\*\*|~~|^#{1,6} /gm) ?? []
}

describe('markdown inside HTML blocks', async () => {
  const { html } = await render('markdown-in-html')
  it('renders images, emphasis and links inside <p> and <center>', () => {
    expect(html).toMatch(
      /<p>\u00a0\s*<a href="[^"]+in-p\.jpg" class="image-link"[^>]*><img src="[^"]+in-p\.jpg" alt="in-p"/,
    )
    expect(html).toMatch(
      /<center>\s*<a [^>]*><img [^>]*alt="in-center"[^>]*><\/a>\s*<strong>居中粗体<\/strong> and <a href="https:\/\/example\.com\/centered"/,
    )
    expect(html).toContain(
      '<p>Paragraph with <em>emphasis</em>, <code>code</code> and a <a href="https://example.com/in-p"',
    )
  })
  it('reads only inline markdown there: a line starting "1." or "#" stays text', () => {
    expect(html).toContain('<p>1. 这一行不是列表 # 也不是标题</p>')
  })
  it('leaves no markdown syntax as text', () => expect(visibleMarkdownSyntax(html)).toEqual([]))
})

describe('bare image URLs', async () => {
  const { html } = await render('bare-image-url')
  it('turns a URL alone on its line into the image', () => {
    expect(html).toMatch(/<img src="https:\/\/cdn\.steemitimages\.com\/[^"]+\/bare\.jpg" alt=""/)
  })
  it('keeps a URL inside a sentence a link', () => {
    expect(html).toContain('stays a link: <a href="https://example.com/page.jpg"')
  })
})

describe('unclosed HTML', async () => {
  const { html } = await render('unclosed-html')
  it('closes an element never closed where it was opened', () => {
    expect(html).toContain('<div class="pull-right"></div>\n<p>floated text</p>')
  })
  it('ends an unclosed comment at its first blank line', () => {
    expect(html).toMatch(/<h2 id="still-a-heading">Still a heading/)
    expect(html).toContain('This paragraph <strong>must still render</strong>.')
  })
})

describe('CJK emphasis', async () => {
  const { html } = await render('cjk-emphasis')
  it('closes bold and strikethrough on Chinese punctuation before a Chinese character', () => {
    expect(html).toContain('这是<strong>温度。</strong>在寒冷的早晨')
    expect(html).toContain('这是<del>删除。</del>后面的文字')
  })
})

describe('Steemit HTML vocabulary', async () => {
  const { html } = await render('steemit-html')
  it('keeps center, layout classes, sub/sup, hr, details and pre; drops the <html> wrapper', () => {
    expect(html).toMatch(/<center><h3 id="居中标题">居中标题/)
    expect(html).toContain('<div class="pull-left">left column</div>')
    expect(html).toContain('<div class="pull-right">right column</div>')
    expect(html).toContain('<div class="text-justify">justified text</div>')
    expect(html).toContain('<p>H<sub>2</sub>O and E=mc<sup>2</sup></p>')
    expect(html).toContain('<hr>')
    expect(html).toContain('<details><summary>展开 Details</summary>hidden content</details>')
    expect(html).toContain('<pre>preformatted   text</pre>')
    expect(html).not.toMatch(/<\/?(html|body)/)
  })
})

describe('a 100-row HTML table', async () => {
  const { html } = await render('big-table')
  it('keeps every row', () => {
    expect(html.match(/<tr>/g)).toHaveLength(101)
    expect(html).toContain('<td>row 100</td><td>10000</td>')
  })
})

describe('embedded videos', async () => {
  const { html } = await render('videos')
  it('become plain watch links: no third-party frame loads', () => {
    expect(html).not.toContain('<iframe')
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"')
    expect(html).toContain('href="https://vimeo.com/76979871"')
    expect(html).toContain('href="https://3speak.tv/watch?v=someuser/abcdefgh"')
  })
})

describe('XSS', async () => {
  const { html } = await render('xss')
  it('keeps no script, handler, javascript:/data: URL, style, form, object, embed, svg or math', () => {
    // Read back as a browser would, so text inside attribute values does not count.
    const found: string[] = []
    visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
      if (/^(script|style|form|object|embed|svg|math|iframe|link|meta|base)$/.test(node.tagName))
        found.push(node.tagName)
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name) || name === 'style') found.push(`${node.tagName}[${name}]`)
        if (/^(href|src|action|formAction)$/.test(name) && /^\s*(javascript|data|vbscript):/i.test(String(value)))
          found.push(`${node.tagName}[${name}=${value}]`)
      }
    })
    expect(found).toEqual([])
  })
  it('prefixes author ids so they cannot clobber the page', () => {
    expect(html).toContain('<div id="user-content-main">')
    expect(html).not.toMatch(/id="main"/)
  })
  it('keeps the harmless text', () => {
    expect(html).toContain('Safe paragraph text.')
    expect(html).toContain('<span class="image-alt">markdown data image</span>')
  })
})

describe('GFM', async () => {
  const { html } = await render('gfm')
  it('renders tables, strikethrough, task lists and autolinks', () => {
    expect(html).toContain('<th align="right">Count</th>')
    expect(html).toContain('<del>struck out</del>')
    expect(html).toContain('<input type="checkbox" checked disabled> done task')
    expect(html).toContain('<a href="https://example.com/autolinked"')
    expect(html).toContain('<a href="http://www.example.org"')
  })
  it('links footnotes both ways, ids prefixed once', () => {
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"')
    expect(html).toContain('<li id="user-content-fn-1">')
    expect(html).toContain('<a href="#user-content-fnref-1"')
  })
})

describe('code', async () => {
  const { html } = await render('code')
  it('is highlighted at build time in light and dark colours, with a copy button', () => {
    expect(html).toContain(
      '<button type="button" class="copy-code" aria-label="Copy code">Copy</button><pre class="shiki',
    )
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">fn<\/span>/i)
  })
  it('keeps entities inside code literal', () => {
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&#x26;/g, '&')
      .replace(/&#x3C;/g, '<')
    expect(text).toContain('cd build &amp;&amp; make && echo "<done>"')
    expect(text).toContain('Inline a && b code.')
  })
})

describe('math', async () => {
  const { html } = await render('math')
  it('is rendered at build time as MathML: no KaTeX CSS or fonts to load', () => {
    expect(html).toMatch(/Inline math <span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/)
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">')
    expect(html).not.toContain('$$')
  })
})

describe('images', async () => {
  const { html } = await render('images')
  it('load lazily, decode async, keep alt text and open the full image', () => {
    expect(html).toMatch(
      /<a href="([^"]+chart%20\(1\)\.png)" class="image-link"[^>]*><img src="\1" alt="A chart" loading="lazy" decoding="async">/,
    )
  })
  it('keep URLs with spaces working', () => {
    expect(html).toMatch(/<img src="[^"]+\/my%20photo\.jpg" alt="photo with space"/)
  })
  it('show a broken URL as its alt text', () => {
    expect(html).toContain('<em>screenshot</em>')
    expect(html).not.toContain('UPLOAD FAILED')
  })
  it('keep an author’s link around an image', () => {
    expect(html).toMatch(/<a href="https:\/\/example\.com\/target"[^>]*><img [^>]*alt="linked image"/)
  })
  it('leave no markdown syntax as text', () => expect(visibleMarkdownSyntax(html)).toEqual([]))
})

describe('links', async () => {
  const { html } = await render('links')
  it('open external links in a new tab without opener', () => {
    expect(html).toContain('<a href="https://example.com/outside" rel="noopener noreferrer" target="_blank">')
  })
  it('point Steemit links of archived posts to the local page', () => {
    expect(html).toContain('<a href="/posts/e2e7f2">Steemit link to a post in this archive</a>')
    expect(html).toContain('<a href="/posts/e2e7f2">short form</a>')
  })
  it('send other Steemit links, and root-relative ones, to steemit.com', () => {
    expect(html).toContain('href="https://steemit.com/@someone/not-here"')
    expect(html).toContain('href="https://steemit.com/@someone/profile-post"')
  })
  it('keep in-page links pointing at author anchors', () => {
    expect(html).toContain('<a href="#user-content-user-section">in-page link</a>')
  })
})

describe('headings', async () => {
  const { html, headings } = await render('headings')
  it('get CJK-safe, unique ids and a hidden anchor link', () => {
    expect(headings.map((h) => h.id)).toEqual(['第一章-开始', 'notes', 'notes-1', '细节一', 'raw-html-标题'])
    expect(html).toContain(
      '<h2 id="第一章-开始">第一章 开始<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#第一章-开始">#</a></h2>',
    )
  })
})

describe('summary', async () => {
  it('takes the excerpt before <!-- more -->', async () => {
    const { summary } = await render('excerpt-more')
    expect(summary.excerpt).toBe('This is the part before the marker, which becomes the excerpt.')
  })
  it('counts CJK characters as words', async () => {
    expect((await render('cjk-emphasis')).summary.words).toBe(22)
  })
})

describe('the sync footer', async () => {
  it('leaves the body and becomes the source note', async () => {
    const { html, source } = await render('gfm')
    expect(source).toEqual({ title: 'GitHub-flavoured markdown', url: 'https://steemit.com/@e2e-writer/gfm' })
    expect(html).not.toContain('synchronized')
  })
})
