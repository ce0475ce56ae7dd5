import type { Element, Root } from 'hast'
import { visit, SKIP } from 'unist-util-visit'

/**
 * Puts a "Copy" button beside every code block. The button is static HTML;
 * one delegated listener (components/CopyCodeListener.tsx) makes it work.
 */
export default function rehypeCopyButtons() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-block'] },
        children: [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-code'], ariaLabel: 'Copy code' },
            children: [{ type: 'text', value: 'Copy' }],
          },
          node,
        ],
      }
      return SKIP
    })
  }
}
