import type { Paragraph, Parent, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { INLINE_PIECE, inlineCuts, type CutJoin } from './inline-cuts'
import { BlockScanner, PLAIN_LINE } from './markdown-blocks'

/**
 * Long paragraphs parsed in pieces (see inline-cuts.ts for why): before
 * parsing, a paragraph longer than a piece is cut where no inline construct
 * can span the cut, each cut becoming a blank line, a marker comment and a
 * blank line; after parsing, `remarkJoinBoundedParagraphs` puts the pieces
 * back into one paragraph. A reader sees the paragraph the author wrote.
 *
 * Only paragraphs are cut that can be read without knowing their context:
 * every line starts at the margin with plain text, outside fenced code,
 * math and raw HTML blocks. Anything else (lists, quotes, tables, HTML
 * blocks) is left as written.
 */

const MARKER = 'hexo-reader:join'
const markerComment = (join: CutJoin) => `<!--${MARKER}:${join}-->`
const MARKER_PATTERN = new RegExp(`^<!--${MARKER}:(none|space|newline)-->$`)

export function boundParagraphs(markdown: string, piece = INLINE_PIECE, forceAfter?: number): string {
  if (markdown.length < piece) return markdown
  const lines = markdown.split('\n')
  const blocks = new BlockScanner(lines)
  const out: string[] = []
  let run: string[] = []
  const flushRun = () => {
    if (run.length > 0) out.push(cutRun(run, piece, forceAfter))
    run = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const block = blocks.blockEnd(i)
    if (block > i) {
      flushRun()
      out.push(...lines.slice(i, block + 1))
      i = block
    } else if (line.trim() === '') {
      flushRun()
      out.push(line)
    } else run.push(line)
  }
  flushRun()
  return out.join('\n')
}

function cutRun(run: string[], piece: number, forceAfter: number | undefined): string {
  const text = run.join('\n')
  if (!run.every((line) => PLAIN_LINE.test(line))) return text
  const cuts = inlineCuts(text, piece, forceAfter)
  if (cuts.length === 0) return text
  const pieces: string[] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut.end), '', markerComment(cut.join), '')
    from = cut.start
  }
  pieces.push(text.slice(from))
  return pieces.join('\n')
}

const JOINERS: Record<CutJoin, string> = { none: '', space: ' ', newline: '\n' }

/** Puts paragraphs cut by `boundParagraphs` back together, removing the markers. */
export function remarkJoinBoundedParagraphs() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return
      const parent = node as Parent
      const children = parent.children
      const kept: typeof children = []
      for (let i = 0; i < children.length; i++) {
        const child = children[i]
        const join = child.type === 'html' ? MARKER_PATTERN.exec(child.value)?.[1] : undefined
        const before = kept[kept.length - 1]
        const after = children[i + 1]
        if (join && before?.type === 'paragraph' && after?.type === 'paragraph') {
          const joiner = JOINERS[join as CutJoin]
          const merged = before as Paragraph
          if (joiner) merged.children.push({ type: 'text', value: joiner })
          for (const grandchild of after.children) merged.children.push(grandchild)
          if (merged.position && after.position) merged.position.end = after.position.end
          i++
        } else if (!join) kept.push(child)
      }
      parent.children = kept
    })
  }
}
