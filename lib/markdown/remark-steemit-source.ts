import type { Link, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'

export interface SourceNote {
  title: string
  url: string
}

declare module 'vfile' {
  interface DataMap {
    source: SourceNote
  }
}

const FOOTER = /^\s*This page is synchronized from the post:/

/**
 * The sync tool ends every post with `- - -` and "This page is synchronized
 * from the post: [title](url)". That footer leaves the body and becomes
 * `file.data.source`, which the page shows as a proper source note.
 */
export default function remarkSteemitSource() {
  return (tree: Root, file: VFile) => {
    const index = tree.children.findLastIndex((node) => node.type === 'paragraph')
    const footer = tree.children[index]
    if (footer?.type !== 'paragraph' || !FOOTER.test(toString(footer))) return
    const link = footer.children.find((child): child is Link => child.type === 'link')
    if (!link) return
    file.data.source = { title: toString(link).replace(/^'(.*)'$/, '$1'), url: link.url }
    const start = tree.children[index - 1]?.type === 'thematicBreak' ? index - 1 : index
    tree.children.splice(start, index - start + 1)
  }
}
