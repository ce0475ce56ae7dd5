import { describe, expect, it } from 'vitest'
import { firstImage, postPosition, steemitMarkdown } from './steemit-markdown'

const IMG = 'https://cdn.steemitimages.com/DQmAbc/photo.jpeg'

describe('steemitMarkdown: bare image URLs', () => {
  it('wraps a bare image URL followed by whitespace, keeping the whitespace', () => {
    expect(steemitMarkdown(`<p>\u00a0\n${IMG}\n</p>`)).toBe(`<p>\u00a0\n![](${IMG})\n</p>`)
    expect(steemitMarkdown(`look ${IMG}  and more`)).toBe(`look ![](${IMG})  and more`)
    expect(steemitMarkdown(`${IMG}\u3000x`)).toBe(`![](${IMG})\u3000x`)
  })

  it('leaves a URL that ends the text, is not an image, or is followed by other text', () => {
    expect(steemitMarkdown(IMG)).toBe(IMG)
    expect(steemitMarkdown('https://example.com/page.html \n')).toBe('https://example.com/page.html \n')
    expect(steemitMarkdown(`${IMG}?w=100 \n`)).toBe(`${IMG}?w=100 \n`)
    expect(steemitMarkdown(`<center>${IMG}</center>`)).toBe(`<center>${IMG}</center>`)
  })

  it('leaves a URL that is already a link or image target (the source system broke these)', () => {
    for (const text of [`![a](${IMG} "title")`, `[a](${IMG} "t")`, `<img src="${IMG} ">`, `<${IMG} >`, `<img src=${IMG} >`])
      expect(steemitMarkdown(text)).toBe(text)
  })

  it('follows the source regex’s idea of a URL (a domain part of two characters or more, a top-level domain)', () => {
    expect(steemitMarkdown('https://ab.com/x/y.png\n')).toBe('![](https://ab.com/x/y.png)\n')
    expect(steemitMarkdown('http://www.ab.cn/y.GIF \n')).toBe('http://www.ab.cn/y.GIF \n')
    expect(steemitMarkdown('https://a.com/x/y.png\n')).toBe('https://a.com/x/y.png\n')
    expect(steemitMarkdown('https://ab.com/图/x.jpg \n')).toBe('https://ab.com/图/x.jpg \n')
  })
})

describe('steemitMarkdown: tables after text', () => {
  it('puts a blank line between a line of text and a table row under it', () => {
    expect(steemitMarkdown('Intro text\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('Intro text\n\n| a | b |\n|---|---|\n| 1 | 2 |')
    expect(steemitMarkdown('中文段落\n|甲|乙|')).toBe('中文段落\n\n|甲|乙|')
    expect(steemitMarkdown('text  \n|a|')).toBe('text  \n\n|a|')
  })

  it('leaves rows after rows, after blank lines, and a row that starts the text', () => {
    for (const text of ['|a|\n|b|', 'x\n\n|a|', '\n|a|', 'a\n|b|', 'ab |\n|c|', '| x\n|y|'])
      expect(steemitMarkdown(text), JSON.stringify(text)).toBe(text)
  })

  it('matches the source regex on many shapes (reference: the regex itself on short input)', () => {
    const reference = (text: string) => text.replace(/([^|\s]+\s*[^|\n])\n\|/g, '$1\n\n|')
    const pieces = ['a', 'b', '|', '\n', ' ', '\t', '中']
    for (let n = 0; n < 4000; n++) {
      let text = ''
      for (let k = n; k > 0; k = Math.floor(k / pieces.length)) text += pieces[k % pieces.length]
      text += '\n|'
      // Python's \s and JS's \s agree on these characters.
      expect(steemitMarkdown(text), JSON.stringify(text)).toBe(reference(text))
    }
  })

  it('stays linear on a megabyte line without spaces', () => {
    const line = '区'.repeat(1_000_000)
    expect(steemitMarkdown(`${line}\n|a|`)).toBe(`${line}\n\n|a|`)
    expect(steemitMarkdown(line)).toBe(line)
  })
})

describe('firstImage (thumbnail)', () => {
  it('takes the first Markdown image or <img>, in order', () => {
    expect(firstImage(`text\n![1.jpg](${IMG})\n<img src="https://b/2.png">`)).toBe(IMG)
    expect(firstImage(`<img class="x" src='https://b/2.png'> ![](${IMG})`)).toBe('https://b/2.png')
    expect(firstImage(`<p>\n![](${IMG})\n</p>`)).toBe(IMG)
  })

  it('cleans the URL as the source system did', () => {
    expect(firstImage('![](https://a/x.jpg?a=1&amp;b=2)')).toBe('https://a/x.jpg?a=1&b=2')
    expect(firstImage('![](<https://a/x y.jpg>)')).toBe('https://a/x y.jpg')
    expect(firstImage('<img src="https://a/x.jpg)">')).toBe('https://a/x.jpg')
  })

  it('ignores images shown as code, and gives nothing when there is none', () => {
    expect(firstImage('```\n![](https://a/code.jpg)\n```\n`![](https://a/span.jpg)` ![](https://a/real.jpg)')).toBe('https://a/real.jpg')
    expect(firstImage('no images, just [a link](https://a/x.jpg)')).toBeUndefined()
    expect(firstImage('![]()')).toBeUndefined()
  })
})

describe('postPosition', () => {
  it('reads the first <div position="N">, else 9999', () => {
    expect(postPosition('<div position="3"></div><div position="1">')).toBe('3')
    expect(postPosition("<div class='x' position='-2'>")).toBe('-2')
    expect(postPosition('<div position=7>')).toBe('7')
    expect(postPosition('<div position="12345678901234567890">')).toBe('12345678901234567890')
    expect(postPosition('plain text')).toBe('9999')
    expect(postPosition('<div data-position="3">')).toBe('9999')
    expect(postPosition('<div position="top">')).toBe('9999')
    expect(postPosition('<div position>')).toBe('9999')
  })
})
