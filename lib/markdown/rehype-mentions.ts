import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import type { VFile } from 'vfile'

/** Where `@account` links: the chain's front end, or this site when the account is its own. */
export interface MentionTargets {
  /** Origin of the chain's front end: `https://steemit.com`, `https://hive.blog`. */
  frontEnd: string
  /** The site's own account (lower case); its mentions link to `ownHref`. */
  ownAccount?: string
  ownHref?: string
}

declare module 'vfile' {
  interface DataMap {
    mentions: MentionTargets
  }
}

/**
 * `@account` in a post's text links to the account, as Steemit linked it
 * (condenser src/shared/HtmlReady.js and src/app/utils/ChainValidation.js):
 * - the `@` (or full-width `＠`) must not follow a letter, digit, `_`, `#`
 *   or `/` — so `foo@bar.com` and `/@user` in a path are not mentions, and
 *   `你好@user` is;
 * - the name is the longest `[a-z][-.a-z0-9]*[a-z0-9]` run (any case), and
 *   links only if it is a valid account name: 3–16 characters, each
 *   `.`-separated part at least 3, starting with a letter, ending with a
 *   letter or digit, no `--`. `@user.co` stays text; `@user_name` links
 *   `@user`.
 * Text already in a link or in code is left alone. The link's text keeps
 * the author's case; the address is lower case.
 *
 * Runs on the sanitized tree (the links it adds are built here, from
 * validated names), one pass over the text, each parent rebuilt once.
 */
export default function rehypeMentions() {
  return (tree: Root, file: VFile) => {
    const targets = file.data.mentions
    if (targets) linkMentions(tree, targets)
  }
}

const MENTION = /(?<![a-zA-Z0-9_#/])[@＠]([a-zA-Z][-.a-zA-Z\d]+[a-zA-Z\d])/g
const NOT_HERE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'svg', 'math'])

function linkMentions(parent: Root | Element, targets: MentionTargets): void {
  let changed = false
  const children: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'text' && (child.value.includes('@') || child.value.includes('＠'))) {
      const pieces = mentionPieces(child, targets)
      if (pieces) {
        changed = true
        children.push(...pieces)
        continue
      }
    } else if (child.type === 'element' && !NOT_HERE.has(child.tagName)) linkMentions(child, targets)
    children.push(child)
  }
  if (changed) parent.children = children as ElementContent[]
}

function mentionPieces(node: Text, targets: MentionTargets): ElementContent[] | undefined {
  const out: ElementContent[] = []
  let last = 0
  for (const match of node.value.matchAll(MENTION)) {
    const account = match[1].toLowerCase()
    if (!isAccountName(account)) continue
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) })
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: account === targets.ownAccount && targets.ownHref ? targets.ownHref : `${targets.frontEnd}/@${account}` },
      children: [{ type: 'text', value: match[0] }],
    })
    last = match.index + match[0].length
  }
  if (out.length === 0) return undefined
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  return out
}

/** Steem's `validate_account_name`, as Steemit checked a mention. */
export function isAccountName(name: string): boolean {
  if (name.length < 3 || name.length > 16) return false
  return name.split('.').every((part) => part.length >= 3 && /^[a-z][a-z0-9-]*[a-z0-9]$/.test(part) && !part.includes('--'))
}
