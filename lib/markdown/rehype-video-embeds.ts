import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

const PROVIDERS: { name: string; pattern: RegExp; watchUrl: (id: string) => string }[] = [
  {
    name: 'YouTube',
    pattern: /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/i,
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
  {
    name: 'Vimeo',
    pattern: /^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d+)/i,
    watchUrl: (id) => `https://vimeo.com/${id}`,
  },
  {
    name: '3Speak',
    pattern: /^(?:https?:)?\/\/(?:www\.)?3speak\.(?:tv|online|co)\/embed\?v=([\w.-]+\/[\w-]+)/i,
    watchUrl: (id) => `https://3speak.tv/watch?v=${id}`,
  },
]

/**
 * Embedded players (YouTube, Vimeo, 3Speak, any iframe) become a plain
 * "watch" link: no third-party frame, cookie or script loads when a reader
 * opens the page. Runs before sanitizing, which would drop the iframe.
 */
export default function rehypeVideoEmbeds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return
      const src = typeof node.properties.src === 'string' ? node.properties.src : ''
      const provider = PROVIDERS.find((p) => p.pattern.test(src))
      const href = provider
        ? provider.watchUrl(provider.pattern.exec(src)![1])
        : /^https?:\/\//.test(src)
          ? src
          : undefined
      if (!href) {
        parent.children.splice(index, 1)
        return index
      }
      const label = provider ? `▶ Watch on ${provider.name}` : `Embedded content: ${new URL(href).host}`
      parent.children[index] = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['video-link'] },
        children: [{ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: label }] }],
      }
    })
  }
}
