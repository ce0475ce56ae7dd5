import type { Element, Root } from 'hast'
import { visitParents } from 'unist-util-visit-parents'

/**
 * Post images load lazily and decode off the main thread; each opens the
 * full-size file when clicked (unless the author already linked it). An
 * image whose URL did not survive sanitizing (`![x](UPLOAD FAILED)`,
 * `data:`…) is shown as its alt text instead of a broken-image icon.
 */
export default function rehypeImages() {
  return (tree: Root) => {
    const images: { node: Element; parent: Element | Root; inLink: boolean }[] = []
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'img') return
      const parent = ancestors[ancestors.length - 1] as Element | Root
      const inLink = ancestors.some((a) => a.type === 'element' && a.tagName === 'a')
      images.push({ node, parent, inLink })
    })
    for (const { node, parent, inLink } of images) {
      const index = parent.children.indexOf(node)
      const src = node.properties.src
      if (typeof src !== 'string' || src === '') {
        const alt = String(node.properties.alt ?? '').trim()
        parent.children.splice(
          index,
          1,
          ...(alt
            ? [
                {
                  type: 'element' as const,
                  tagName: 'span',
                  properties: { className: ['image-alt'] },
                  children: [{ type: 'text' as const, value: alt }],
                },
              ]
            : []),
        )
        continue
      }
      node.properties.loading = 'lazy'
      node.properties.decoding = 'async'
      if (!inLink) {
        // The link is named by the image's alt text; an image without one still needs a name.
        const name = String(node.properties.alt ?? '').trim() ? {} : { ariaLabel: 'View full-size image' }
        parent.children[index] = {
          type: 'element',
          tagName: 'a',
          properties: { href: src, className: ['image-link'], ...name },
          children: [node],
        }
      }
    }
  }
}
