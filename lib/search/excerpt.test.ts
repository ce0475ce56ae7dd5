import { describe, expect, it } from 'vitest'
import { excerptParts } from './excerpt'

describe('excerptParts', () => {
  it('splits a snippet into text and matched words', () => {
    expect(excerptParts('点一壶<mark>茉莉花茶</mark>，看窗外')).toEqual([
      { text: '点一壶', match: false },
      { text: '茉莉花茶', match: true },
      { text: '，看窗外', match: false },
    ])
  })

  it('decodes the escaped text once, so markup in a post is shown as text, never as elements', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; <mark>b</mark> &#39;c&#x27;')).toEqual([
      { text: 'a <script>alert(1)</script> &amp; ', match: false },
      { text: 'b', match: true },
      { text: " 'c'", match: false },
    ])
  })

  it('leaves unknown or invalid entities and stray tags as they are', () => {
    expect(excerptParts('&nbsp;x &#0; <b>y</b>')).toEqual([{ text: '&nbsp;x &#0; <b>y</b>', match: false }])
  })
})
