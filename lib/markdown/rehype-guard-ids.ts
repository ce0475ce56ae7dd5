import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Heading ids come from heading text. One starting with `_` (`__next_f`)
 * could clobber a global the page's own scripts use (an element id becomes a
 * `window` property), so such ids get an `h-` prefix.
 */
export default function rehypeGuardIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id
      if (typeof id === 'string' && /^[_$]/.test(id)) node.properties.id = `h-${id}`
    })
  }
}
