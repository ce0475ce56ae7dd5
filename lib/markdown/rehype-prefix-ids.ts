import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { decodeSegment } from '../route-params'

declare module 'vfile' {
  interface DataMap {
    idPrefix: string
  }
}

/** Properties that name other elements by id (footnote references carry `aria-describedby`). */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy'] as const

/**
 * Gives every id (and `<a name>`) in a fragment a prefix, and points the
 * fragment's own `#links` and ARIA references at the prefixed ids. A reply is
 * rendered as a fragment of the post's page: its heading and footnote ids
 * must never collide with the post's or another reply's. Runs last, after
 * every step that makes ids or links to them.
 */
export default function rehypePrefixIds() {
  return (tree: Root, file: VFile) => {
    const prefix = file.data.idPrefix
    if (!prefix) return
    const targets = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      for (const key of ['id', 'name'] as const) {
        const value = node.properties[key]
        if (typeof value !== 'string' || value === '') continue
        targets.add(value)
        node.properties[key] = prefix + value
      }
    })
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (typeof href === 'string' && href.startsWith('#')) {
        const target = decodeSegment(href.slice(1))
        // A link to something outside the fragment (the post's own heading) is left alone.
        if (targets.has(target)) node.properties.href = `#${prefix}${target}`
      }
      for (const key of ID_REFERENCES) {
        const value = node.properties[key]
        if (Array.isArray(value))
          node.properties[key] = value.map((id) => (targets.has(String(id)) ? prefix + String(id) : id))
      }
    })
    // The recorded headings (rehype-collect-headings) name the ids as they now are.
    file.data.headings = file.data.headings?.map((heading) => ({ ...heading, id: prefix + heading.id }))
  }
}
