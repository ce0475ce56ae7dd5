import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'] as const

/**
 * Protocol-relative URLs (`<img src="//www.example.com/a.jpg">`, common in
 * 2016 posts) as `https:`, as Steemit showed them (HtmlReady's `img()`
 * rewrote `//host` to `https://host`): so the image loads on a page served
 * over http too, image sizes can be read at build time, and feed readers
 * and the search index, far from this site, get a URL they can open.
 */
export default function rehypeProtocolRelative() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property]
        if (typeof value === 'string' && /^\s*\/\/[^/]/.test(value)) node.properties[property] = `https:${value.trimStart()}`
      }
    })
  }
}
