import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import type { Heading } from './heading'

declare module 'vfile' {
  interface DataMap {
    headings: Heading[]
  }
}

/**
 * Records every heading that has an id (rehype-slug runs first) in
 * `file.data.headings`, so the table of contents comes from the same pass —
 * and the same slugger — that set the ids.
 */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = []
    visit(tree, 'element', (node: Element) => {
      const level = /^h([2-6])$/.exec(node.tagName)
      const id = node.properties.id
      if (!level || typeof id !== 'string') return
      const text = toString(node).replace(/\s+/g, ' ').trim()
      if (text) headings.push({ depth: Number(level[1]), text, id })
    })
    file.data.headings = headings
  }
}
