import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'

declare module 'vfile' {
  interface DataMap {
    basePath: string
  }
}

/**
 * Root-relative links and images in a post (`/posts/x`, `/images/a.png`)
 * mean this site's root: under a base path (`/@demo`) they get it, since
 * Next only rewrites the links it renders itself.
 */
export default function rehypeBasePath() {
  return (tree: Root, file: VFile) => {
    const basePath = file.data.basePath
    if (!basePath) return
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute]
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
          node.properties[attribute] = `${basePath}${value}`
      }
    })
  }
}
