import { toString } from 'hast-util-to-string'
import rehypeRaw from 'rehype-raw'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit, EXIT } from 'unist-util-visit'
import type { Element, Root } from 'hast'

const toHast = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw)

/**
 * The text of the first heading in a markdown body, markdown or raw HTML
 * alike: the title of a post whose front matter has none.
 */
export function firstHeadingText(markdown: string): string | undefined {
  const tree = toHast.runSync(toHast.parse(markdown)) as Root
  let text: string | undefined
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return
    text = toString(node).trim() || undefined
    return text ? EXIT : undefined
  })
  return text
}
