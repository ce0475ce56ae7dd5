import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const

/**
 * A post's HTML as a feed reader needs it: every link and image absolute
 * (readers show it away from the site), the page-only controls (heading
 * anchors, copy buttons) removed, and nothing XML cannot carry.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root
  visit(tree, 'element', (node: Element) => {
    // Filtered per parent, not spliced one by one: a post with 5,000 headings has 5,000 anchors.
    if (node.children.some(isPageControl)) node.children = node.children.filter((child) => !isPageControl(child))
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute]
      // One a URL parser cannot read (`http://[::1`) leads nowhere in a reader and fails feed validators: dropped.
      if (typeof value === 'string') node.properties[attribute] = absolute(value, pageUrl)
    }
  })
  return xmlSafe(toHtml(tree))
}

function isPageControl(node: Root['children'][number]): boolean {
  if (node.type !== 'element') return false
  const className = node.properties.className
  return Array.isArray(className) && (className.includes('heading-anchor') || className.includes('copy-code'))
}

function absolute(url: string, base: string): string | undefined {
  // Not URL.parse: Node 20 has it only from 20.18, and engines allow 20.9.
  try {
    return new URL(url, base).href
  } catch {
    return undefined
  }
}

/**
 * Text that XML 1.0 can hold: no control characters, no lone surrogates, and
 * no `]]>` to end a CDATA section early (`]]&gt;` reads the same in HTML).
 */
export function xmlSafe(text: string): string {
  return text
    .toWellFormed()
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll(']]>', ']]&gt;')
}
