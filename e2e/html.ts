import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visitParents } from 'unist-util-visit-parents'

/**
 * A page's HTML as the server sent it, read without a browser: for checks of
 * what the HTML holds (text, ids, links) over many pages, where opening each
 * one in Chromium costs seconds and proves nothing more. What needs layout,
 * styles or scripts stays in the browser.
 */
export function parseHtml(html: string): Root {
  return fromHtml(html)
}

/** Every element for which `test` holds, in document order; `ancestors` are its enclosing elements, outermost first. */
export function selectAll(tree: Root | Element, test: (element: Element, ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = []
  visitParents(tree, 'element', (element, parents) => {
    if (
      test(
        element,
        parents.filter((node): node is Element => node.type === 'element'),
      )
    )
      found.push(element)
  })
  return found
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className
  return Array.isArray(value) && value.includes(name)
}

/** The element's attribute as written (`href`, `id`…), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  return value === undefined || value === null ? undefined : String(value)
}

/** Elements that `innerText` sets on lines of their own. */
const BLOCKS = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
)

/**
 * The element's text as `innerText` reads it, lines apart where blocks end,
 * leaving out the elements named in `skip`. Unlike `innerText` it also reads
 * what styles hide (a closed `<details>`): text a reader can open is checked too.
 */
export function readerText(element: Element, skip: string[] = []): string {
  const parts: string[] = []
  const walk = (node: ElementContent) => {
    if (node.type === 'text') parts.push(node.value)
    else if (node.type === 'element' && !skip.includes(node.tagName)) {
      const block = BLOCKS.has(node.tagName)
      if (block) parts.push('\n')
      node.children.forEach(walk)
      if (block) parts.push('\n')
    }
  }
  element.children.forEach(walk)
  return parts.join('')
}
