import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'

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
    const images = collectImages(tree)
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
    // Last first: replacing an image never moves the ones before it in the same parent.
    for (let at = images.length - 1; at >= 0; at--) {
      const { node, parent, index, inLink } = images[at]
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
      // No alt at all fails accessibility checks; an image the author gave no words to is decorative.
      node.properties.alt ??= ''
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

interface FoundImage {
  node: Element
  parent: Element | Root
  index: number
  inLink: boolean
}

/** Every `<img>` with its place, in document order, in one walk (a post may hold thousands). */
function collectImages(tree: Root): FoundImage[] {
  const found: FoundImage[] = []
  const walk = (parent: Element | Root, inLink: boolean) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return
      if (child.tagName === 'img') found.push({ node: child, parent, index, inLink })
      else walk(child, inLink || child.tagName === 'a')
    })
  }
  walk(tree, false)
  return found
}
