import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { decodeSegment } from '../route-params'

const PREFIX = 'user-content-'

/**
 * Sanitizing prefixes author ids (`id="notes"` → `user-content-notes`) and
 * footnote ids; in-page links (`href="#notes"`) are pointed at the prefixed
 * id when that is where the target went.
 */
export default function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    })
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      const target = decodeSegment(href.slice(1))
      if (!ids.has(target) && ids.has(PREFIX + target)) node.properties.href = `#${PREFIX}${target}`
    })
  }
}
