import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

const html = async (markdown: string, dialect?: 'steemit' | 'commonmark') => (await renderMarkdown(markdown, { dialect })).html
const link = (url: string, text = url) => `<a href="${url}" rel="noopener noreferrer" target="_blank">${text}</a>`

describe('remark-bare-url-ends', () => {
  it('ends a bare URL at Chinese text and full-width punctuation, and reads the emphasis after it', async () => {
    expect(await html('见 https://example.com。然后**这里**：好')).toBe(
      `<p>见 ${link('https://example.com')}。然后<strong>这里</strong>：好</p>`,
    )
  })

  it('ends it at each full-width mark and CJK script', async () => {
    for (const end of ['，', '：', '；', '！', '？', '、', '）', '】', '」', '…', '“', '입니다', 'です', '中']) {
      expect(await html(`链接https://example.com/a/b${end}后`)).toBe(`<p>链接${link('https://example.com/a/b')}${end}后</p>`)
    }
  })

  it('leaves trailing ASCII punctuation out, as GFM does, after the cut too', async () => {
    expect(await html('see https://example.com/a.，then')).toBe(`<p>see ${link('https://example.com/a')}.，then</p>`)
    expect(await html('(https://example.com/a)')).toBe(`<p>(${link('https://example.com/a')})</p>`)
  })

  it('keeps ASCII paths, queries and www. links whole', async () => {
    expect(await html('https://example.com/a_b-c?x=1&y=2#frag 好')).toBe(
      `<p>${link('https://example.com/a_b-c?x=1&#x26;y=2#frag', 'https://example.com/a_b-c?x=1&#x26;y=2#frag')} 好</p>`,
    )
    expect(await html('www.example.com，好')).toBe(`<p>${link('http://www.example.com', 'www.example.com')}，好</p>`)
  })

  it('leaves a URL the author delimited as written', async () => {
    expect(await html('<https://example.com/中文>')).toContain('>https://example.com/中文</a>')
    expect(await html('[https://example.com/中文](https://example.com/中文)')).toContain('>https://example.com/中文</a>')
  })

  it('lets emphasis win over a bare URL, as on Steemit', async () => {
    expect(await html('**https://example.com**粗体')).toBe(`<p><strong>${link('https://example.com')}</strong>粗体</p>`)
  })

  it('does the same in the CommonMark dialect', async () => {
    expect(await html('见 https://example.com。然后', 'commonmark')).toBe(`<p>见 ${link('https://example.com')}。然后</p>`)
  })
})

describe('bare URLs right after a letter of another script', () => {
  it('links them, as Steemit did', async () => {
    expect(await html('请看https://example.com/a，好的')).toBe(`<p>请看${link('https://example.com/a')}，好的</p>`)
    expect(await html('请看https://example.com/a.')).toBe(`<p>请看${link('https://example.com/a')}.</p>`)
  })
  it('keeps a closing parenthesis that the URL opened', async () => {
    expect(await html('见https://en.wikipedia.org/wiki/Tea_(drink)。')).toBe(
      `<p>见${link('https://en.wikipedia.org/wiki/Tea_(drink)')}。</p>`,
    )
    expect(await html('见 https://en.wikipedia.org/wiki/Tea_(drink)。')).toBe(
      `<p>见 ${link('https://en.wikipedia.org/wiki/Tea_(drink)')}。</p>`,
    )
  })
  it('leaves Latin words glued to a URL alone, as GFM does', async () => {
    expect(await html('xhttps://example.com')).toBe('<p>xhttps://example.com</p>')
  })
})
