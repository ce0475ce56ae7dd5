import type { Root } from 'mdast'
import type { Plugin, Processor } from 'unified'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import { BlockScanner, PLAIN_LINE } from './markdown-blocks'

/**
 * A long post is parsed as a series of parts, cut between top-level blocks,
 * and the parts' trees are put in one root.
 *
 * Why: when micromark closes a list or block quote, or meets a lazy line, it
 * moves events with an edit map that copies every event of the document so
 * far (micromark's document.js + micromark-util-edit-map), so a post's
 * parse costs time in the square of its length times its lists (a 5 MB
 * tutorial: 10 s per MB, against 4.8 s per MB at 1 MB). Parts of bounded size
 * keep it linear.
 *
 * A cut is made only where nothing before it can continue after it: at a
 * blank line, outside fenced code, math and raw HTML blocks, before a line
 * that starts a paragraph or a heading at the margin (which ends every open
 * list and quote). A post with link or footnote definitions (`[x]: url`,
 * `[^1]: …`) is parsed whole: a reference anywhere may use them.
 */
export const CHUNK_CHARS = 64_000

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m
const FRESH_BLOCK = new RegExp(`${PLAIN_LINE.source}|#{1,6}(?:\\s|$)`, 'u')

/** The parts of `markdown`, in order; one part when it is short or cannot be cut. */
export function documentChunks(markdown: string, size = CHUNK_CHARS): string[] {
  if (markdown.length < size * 2 || DEFINITION.test(markdown)) return [markdown]
  const lines = markdown.split('\n')
  const blocks = new BlockScanner(lines)
  const chunks: string[] = []
  let start = 0
  let length = 0
  for (let i = 0; i < lines.length; i++) {
    const end = blocks.blockEnd(i)
    for (let j = i; j <= end; j++) length += lines[j].length + 1
    i = end
    const next = lines[i + 1]
    if (length >= size && lines[i].trim() === '' && next !== undefined && FRESH_BLOCK.test(next)) {
      chunks.push(lines.slice(start, i + 1).join('\n'))
      start = i + 1
      length = 0
    }
  }
  chunks.push(lines.slice(start).join('\n'))
  return chunks
}

/** Wraps remark-parse's parser (use it right after `remark-parse`): long posts are parsed part by part. */
const remarkParseInChunks: Plugin<[{ size?: number }?], string, Root> = function (this: Processor, options = {}) {
  const parse = this.parser
  if (!parse) throw new Error('remarkParseInChunks must be used after remark-parse')
  this.parser = (document, file) => {
    const chunks = documentChunks(document, options.size)
    if (chunks.length === 1) return parse(document, file)
    const root: Root = { type: 'root', children: [] }
    let line = 0
    let offset = 0
    for (const chunk of chunks) {
      const tree = parse(chunk, file) as Root
      shiftPositions(tree, line, offset)
      for (const child of tree.children) root.children.push(child)
      line += chunk.split('\n').length
      offset += chunk.length + 1
    }
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: 1, offset: document.length },
    }
    return root
  }
}
export default remarkParseInChunks

/** A part's positions as positions in the whole post. */
function shiftPositions(tree: Node, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  visit(tree, (node) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    }
  })
}
