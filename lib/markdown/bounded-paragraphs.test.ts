import fc from 'fast-check'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { boundParagraphs, remarkJoinBoundedParagraphs } from './bounded-paragraphs'
import { inlineCuts } from './inline-cuts'

const toHtml = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkJoinBoundedParagraphs)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  )

/** Inline markdown that is complete in itself: every construct closes inside the token. */
const token = fc.constantFrom(
  'word ',
  'words and more ',
  '区块链',
  '社群。',
  '信任！',
  'end. ',
  'Why? ',
  '*em* ',
  '**strong** ',
  '文字**强**文字',
  '`code` ',
  '``a`b`` ',
  '[link](https://example.com/a_(b)) ',
  '![img](https://example.com/i.png) ',
  '<b>bold</b> ',
  '~~gone~~ ',
  'snake_case_name ',
  '\\* ',
  '2020年',
  '\n',
  // Constructs with a sentence end inside: a cut there would break them.
  '*across. Sentences* ',
  '[a link. With](https://example.com/x) ',
  '`code. Span` ',
  '**强调。文字** ',
  '<span title="a. B">t</span> ',
)
const paragraph = fc
  .array(token, { minLength: 1, maxLength: 400 })
  .map((tokens) => `Start ${tokens.join('')}`.replace(/\n(?=\n)/g, '\nx').replace(/\s+$/, '.'))

describe('long paragraphs parsed in pieces', () => {
  // Forced cuts (a stray `*` must not make the rest quadratic) are tested on their own below.
  it('render exactly as the paragraph parsed whole', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        expect(toHtml(boundParagraphs(text, 40, Infinity))).toBe(toHtml(text))
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('are really cut, and the markers never reach the page', () => {
    const text = `Start ${'区块链是新的。Blockchain is new. '.repeat(30)}`
    const bounded = boundParagraphs(text, 100)
    expect(bounded.match(/hexo-reader:join/g)?.length).toBeGreaterThan(5)
    expect(toHtml(bounded)).toBe(toHtml(text))
    expect(toHtml(bounded)).not.toContain('hexo-reader')
  })

  it('never cut code, math, raw HTML blocks, lists, quotes or tables', () => {
    const long = 'Sentence one. '.repeat(20)
    const blocks = [
      '```\n' + `${long}\n`.repeat(3) + '```',
      '$$\n' + `${long}\n`.repeat(3) + '$$',
      '<pre>\n' + `${long}\n\n`.repeat(3) + '</pre>',
      `- ${long}\n${long}`,
      `> ${long}\n${long}`,
      `| a | b |\n|---|---|\n| ${long} | x |`,
      `<div>\n${long}\n</div>`,
    ]
    for (const block of blocks) expect(boundParagraphs(`${block}\n\nAfter.\n`, 50)).toBe(`${block}\n\nAfter.\n`)
  })

  it('cut a run at its next sentence end when it never becomes neutral', () => {
    const text = `Start *stray ${'more text. '.repeat(100)}`
    expect(inlineCuts(text, 100).length).toBeGreaterThan(0)
    expect(inlineCuts(text, 100).every((cut) => text[cut.end - 1] === '.')).toBe(true)
  })

  it('never cut before text that would start a block of its own', () => {
    const text = `Start ${'one. # not a heading. - not a list. 1. not a list. > no quote. '.repeat(40)}`
    const pieces = boundParagraphs(text, 50).split(/\n\n<!--[^>]*-->\n\n/)
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces) expect(piece).toMatch(/^[\p{L}]/u)
    expect(toHtml(boundParagraphs(text, 50))).toBe(toHtml(text))
  })
})
