import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

const HEADING = /^h([1-6])$/

/**
 * The post title is the page's only `<h1>`: when a body uses `#`/`<h1>`
 * headings, every heading moves one level down (h6 stays h6), keeping the
 * author's hierarchy intact.
 */
export default function rehypeDemoteHeadings() {
  return (tree: Root) => {
    const headings: Element[] = []
    visit(tree, 'element', (node) => {
      if (HEADING.test(node.tagName)) headings.push(node)
    })
    if (!headings.some((node) => node.tagName === 'h1')) return
    for (const node of headings) {
      const level = Number(HEADING.exec(node.tagName)![1])
      node.tagName = `h${Math.min(level + 1, 6)}`
    }
  }
}
