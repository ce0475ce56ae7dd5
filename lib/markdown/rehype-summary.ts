import type { Element, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { STRIPPED_ELEMENTS } from './sanitize-schema'
import { textStats, truncateText } from './text-stats'

export interface PostSummaryText {
  /** Plain text for lists and feeds: before `<!-- more -->`, else the first ~150 characters. */
  excerpt: string
  words: number
  minutes: number
}

declare module 'vfile' {
  interface DataMap {
    summary: PostSummaryText
  }
}

const EXCERPT_LENGTH = 150
const MORE_EXCERPT_LIMIT = 600
/** Not text a reader sees (the sanitizer removes it), or code. */
const SKIP = new Set([...STRIPPED_ELEMENTS, 'pre'])
const BLOCK =
  /^(?:p|div|h[1-6]|li|ul|ol|blockquote|tr|td|th|table|br|hr|center|section|details|summary|figure|figcaption|dd|dt)$/

/**
 * Word count, reading time and excerpt from the rendered text (raw HTML
 * included), so lists never need a post's full HTML.
 */
export default function rehypeSummary() {
  return (tree: Root, file: VFile) => {
    const all: string[] = []
    let beforeMore: string | undefined
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') all.push(node.value)
        else if (node.type === 'comment' && node.value.trim() === 'more' && beforeMore === undefined)
          beforeMore = all.join('')
        else if (node.type === 'element' && !SKIP.has(node.tagName)) {
          walk((node as Element).children)
          if (BLOCK.test(node.tagName)) all.push(' ')
        }
      }
    }
    walk(tree.children)
    const text = all.join('')
    file.data.summary = {
      excerpt:
        beforeMore !== undefined ? truncateText(beforeMore, MORE_EXCERPT_LIMIT) : truncateText(text, EXCERPT_LENGTH),
      ...textStats(text),
    }
  }
}
