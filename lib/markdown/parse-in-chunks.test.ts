import fc from 'fast-check'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import remarkParseInChunks, { documentChunks } from './parse-in-chunks'

const pipeline = (size?: number) => {
  const processor = unified().use(remarkParse)
  if (size) processor.use(remarkParseInChunks, { size })
  return processor.use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true })
}
const whole = pipeline()
const inParts = pipeline(60)
const html = (processor: ReturnType<typeof pipeline>, markdown: string) => String(processor.processSync(markdown))

/** Top-level blocks of every kind, including ones that run past blank lines or continue lazily. */
const block = fc.constantFrom(
  'A paragraph of text.',
  '第二段，中文。\nwith a second line',
  '## A heading',
  '- item one\n- item two\n\n  still item two',
  '- loose\n\n- list',
  '1. first\n2. second',
  '> a quote\nlazy line',
  '> quote\n\n> another',
  '```js\nconst a = 1\n\nconst b = 2\n```',
  '<pre>\npre text\n\nmore pre\n</pre>',
  '<!-- a comment\n\nstill comment -->',
  '<div>\n*html block*\n</div>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Text\n---',
  '***',
  '    indented code',
  'Paragraph with *emphasis*, `code` and [a link](https://example.com).',
)
const document = fc.array(block, { minLength: 1, maxLength: 60 }).map((blocks) => blocks.join('\n\n') + '\n')

describe('a long post parsed in parts', () => {
  it('renders exactly as the post parsed whole', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        expect(html(inParts, markdown)).toBe(html(whole, markdown))
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('is really cut between blocks, never inside code or raw HTML', () => {
    const markdown = `${'Paragraph.\n\n```\ncode\n\ncode\n```\n\n<pre>\n\nx\n</pre>\n\n'.repeat(40)}End.\n`
    const chunks = documentChunks(markdown, 60)
    expect(chunks.length).toBeGreaterThan(10)
    expect(chunks.join('\n')).toBe(markdown)
    for (const chunk of chunks) {
      expect(chunk.match(/```/g)?.length ?? 0).toBe((chunk.match(/```/g)?.length ?? 0) & ~1)
      expect(chunk.match(/<pre>/g)?.length ?? 0).toBe(chunk.match(/<\/pre>/g)?.length ?? 0)
    }
  })

  it('keeps a post with link or footnote definitions whole', () => {
    const markdown = `${'See [the docs][docs].\n\n'.repeat(50)}[docs]: https://example.com\n`
    expect(documentChunks(markdown, 60)).toEqual([markdown])
    expect(html(inParts, markdown)).toContain('<a href="https://example.com">the docs</a>')
  })

  it('keeps positions as in the whole post', () => {
    const markdown = `${'Line.\n\n'.repeat(100)}## Last\n`
    const tree = unified().use(remarkParse).use(remarkParseInChunks, { size: 60 }).parse(markdown)
    const last = tree.children.at(-1)!
    expect(last.position?.start).toEqual({ line: 201, column: 1, offset: markdown.indexOf('## Last') })
  })
})
