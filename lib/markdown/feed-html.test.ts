import { describe, expect, it } from 'vitest'
import { feedHtml } from './feed-html'

describe('feedHtml', () => {
  it('drops the page-only controls and makes links absolute', () => {
    const html =
      '<h2 id="a">A<a class="heading-anchor" href="#a">#</a></h2><div class="code-block"><button class="copy-code">Copy</button><pre>x</pre></div><p><a href="/posts/b">b</a><img src="/i.png"></p>'
    const out = feedHtml(html, 'https://blog.example.com/posts/a')
    expect(out).not.toMatch(/heading-anchor|copy-code/)
    expect(out).toContain('<h2 id="a">A</h2>')
    expect(out).toContain('href="https://blog.example.com/posts/b"')
    expect(out).toContain('src="https://blog.example.com/i.png"')
  })

  it('keeps only what XML can hold', () => {
    expect(feedHtml('<p>a\u0001b \uD800 ]]></p>', 'https://x.example/')).toBe('<p>ab \uFFFD ]]&gt;</p>')
  })
})
