import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Steemit posts separate paragraphs with `<p>&nbsp;</p>`; the page already
 * spaces paragraphs, so these empty ones would double every gap.
 */
export default function rehypeDropSpacers() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return
      const empty = node.children.every((child) => child.type === 'text' && /^[\s\u00a0]*$/.test(child.value))
      if (!empty) return
      parent.children.splice(index, 1)
      return index
    })
  }
}
