import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visitParents } from 'unist-util-visit-parents'

export interface ImageSize {
  width: number
  height: number
}

/** An image's pixel size by its URL, when it can be known at build time. */
export type ImageSizeResolver = (src: string) => Promise<ImageSize | undefined>

declare module 'vfile' {
  interface DataMap {
    resolveImageSize: ImageSizeResolver
  }
}

/**
 * Post images load lazily and decode off the main thread; each opens the
 * full-size file when clicked (unless the author already linked it). An
 * image whose URL did not survive sanitizing (`![x](UPLOAD FAILED)`,
 * `data:`…) is shown as its alt text instead of a broken-image icon.
 * Images get their width and height when the resolver knows them, so the
 * browser reserves their space and the text does not jump as they load.
 */
export default function rehypeImages() {
  return async (tree: Root, file: VFile) => {
    const images: { node: Element; parent: Element | Root; inLink: boolean }[] = []
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'img') return
      const parent = ancestors[ancestors.length - 1] as Element | Root
      const inLink = ancestors.some((a) => a.type === 'element' && a.tagName === 'a')
      images.push({ node, parent, inLink })
    })
    const resolve = file.data.resolveImageSize
    const sizes = await Promise.all(
      images.map(({ node }) => {
        const { src, width, height } = node.properties
        // An author's own width or height stands: the reserved box would disagree with it.
        return typeof src === 'string' && src && resolve && width === undefined && height === undefined
          ? resolve(src)
          : undefined
      }),
    )
    for (const [at, { node, parent, inLink }] of images.entries()) {
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
      const size = sizes[at]
      if (size) {
        node.properties.width = size.width
        node.properties.height = size.height
      }
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
