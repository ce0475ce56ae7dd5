import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'

/** Finds the archive's own copy of a Steemit post: a site path, or `undefined`. */
export type PostLinkResolver = (permlink: string, author: string) => string | undefined

declare module 'vfile' {
  interface DataMap {
    resolvePostLink: PostLinkResolver
  }
}

const STEEMIT = /^https?:\/\/(?:www\.)?steemit\.com(?=\/|$)/i
/** `/@author/permlink` or `/category/@author/permlink`. */
const POST_PATH = /^\/(?:[^/@?#]+\/)?@([\w.-]+)\/([\w-]+)\/?(?:[?#].*)?$/

/**
 * Links to Steemit posts that are in this archive point to the local copy;
 * root-relative links (`/@user/…`, written for the chain's front end) point
 * back to it (steemit.com, or hive.blog for a Hive archive: the mentions'
 * front end) instead of to nowhere on this site.
 */
export default function rehypePostLinks() {
  return (tree: Root, file: VFile) => {
    const resolve = file.data.resolvePostLink
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string') return
      const steemitPath = href.startsWith('/@')
        ? href
        : STEEMIT.test(href)
          ? href.replace(STEEMIT, '') || '/'
          : undefined
      if (steemitPath === undefined) return
      const post = POST_PATH.exec(steemitPath)
      const frontEnd = href.startsWith('/@') ? (file.data.mentions?.frontEnd ?? 'https://steemit.com') : 'https://steemit.com'
      node.properties.href = (post && resolve?.(post[2], post[1])) || `${frontEnd}${steemitPath}`
    })
  }
}
