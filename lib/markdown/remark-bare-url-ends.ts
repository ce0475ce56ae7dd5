import type { Link, Parent, PhrasingContent, Root } from 'mdast'
import type { Extension } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * A bare URL ends where URL characters end. GFM links a bare URL up to the
 * next space, and Chinese, Japanese and Korean sentences have none: in
 * `见 https://example.com。然后**这里**：…` the link ran over the rest of the
 * sentence, and its bold with it (GFM reads the URL before emphasis).
 *
 * Two steps:
 * - micromark's own bare-URL constructs are turned off, so emphasis, code
 *   and links are read first, as Steemit did (its linkify ran on the text
 *   Remarkable left); GFM's second pass (mdast-util-gfm-autolink-literal)
 *   still links bare URLs, in the text that remains;
 * - GFM wants a space or punctuation before a bare URL; Steemit linked
 *   `请看https://…` too, so a URL right after a letter of another script
 *   than Latin is linked here;
 * - each such link is cut at the first character no URL has: CJK and
 *   Hangul letters, full-width forms and any other non-ASCII punctuation,
 *   symbol or space (`。，：；！？、）】」…“”`), then trailing `.`, `,`, `:`
 *   and the like are left out as GFM does. The rest becomes text again.
 *
 * Linear: one scan of each text and each link's text; each parent's
 * children are rebuilt once.
 */
export const bareUrlsAfterEmphasis: Extension = {
  disable: { null: ['protocolAutolink', 'wwwAutolink'] },
}

/** The first character that cannot be part of a URL written in running text. */
const NOT_URL =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]|(?![\u0000-\u007f])[\p{P}\p{S}\p{Z}]/u
/** `http(s)://` and a domain right after a non-ASCII letter (GFM's own pass links it after a space or punctuation). */
const URL_AFTER_LETTER = /(?<=[\p{L}\p{N}\p{M}])(?<![\u0000-\u007f])https?:\/\/[\w-]*\.[\w.-]*[^\t\n\r ]*/gu
/** What GFM leaves out at the end of a bare URL (a `)` only when it closes nothing in the URL). */
const TRAILING = new Set(['!', '"', '&', "'", ')', ',', '.', ':', ';', '<', '>', '?', ']', '}'])

export default function remarkBareUrlEnds(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(bareUrlsAfterEmphasis)
  return (tree: Root) => {
    cutLinks(tree)
  }
}

function cutLinks(parent: Parent): void {
  let changed = false
  const children: Parent['children'] = []
  for (const child of parent.children) {
    const cut =
      child.type === 'link'
        ? cutBareUrl(child)
        : child.type === 'text' && child.value.includes('://')
          ? linkUrlsAfterLetters(child.value)
          : undefined
    if (cut) {
      changed = true
      for (const piece of cut) children.push(piece)
      continue
    }
    if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') cutLinks(child as Parent)
    children.push(child)
  }
  if (changed) parent.children = children
}

/** The text with each URL that follows a non-Latin letter linked (and cut); `undefined` when it has none. */
function linkUrlsAfterLetters(text: string): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of text.matchAll(URL_AFTER_LETTER)) {
    const url = urlPart(match[0])
    if (!isUrl(url)) continue
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) })
    out.push({ type: 'link', url, title: null, children: [{ type: 'text', value: url }] })
    last = match.index + url.length
  }
  if (out.length === 0) return undefined
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}

/** The link cut where its URL ends, and the rest as text; `undefined` when it needs no cut or is not a bare URL. */
function cutBareUrl(link: Link): PhrasingContent[] | undefined {
  const text = bareUrlText(link)
  if (text === undefined) return undefined
  if (!NOT_URL.test(text)) return undefined
  const url = urlPart(text)
  const rest = text.slice(url.length)
  // `https://` alone, or `www.` and nothing: no URL left, all text.
  if (!isUrl(url)) return [{ type: 'text', value: text }]
  const prefix = link.url.slice(0, link.url.length - text.length)
  return [
    { ...link, url: prefix + url, children: [{ type: 'text', value: url }] },
    { type: 'text', value: rest },
  ]
}

/** The start of `text` that is the URL: up to the first character no URL has, without trailing punctuation. */
function urlPart(text: string): string {
  const end = NOT_URL.exec(text)?.index ?? text.length
  let url = text.slice(0, end)
  let cut = url.length
  while (cut > 0 && TRAILING.has(url[cut - 1])) cut--
  let trail = url.slice(cut)
  url = url.slice(0, cut)
  // As GFM: `)` that closes a `(` in the URL stays (`…/Foo_(bar)`).
  let open = count(url, '(') - count(url, ')')
  for (let close = trail.indexOf(')'); open > 0 && close >= 0; close = trail.indexOf(')'), open--) {
    url += trail.slice(0, close + 1)
    trail = trail.slice(close + 1)
  }
  return url
}

function isUrl(text: string): boolean {
  return /^(?:https?:\/\/|www\.)[\w-]+\.[\w-]/i.test(text)
}

function count(text: string, char: string): number {
  let n = 0
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++
  return n
}

/**
 * The text of a link GFM's second pass made from a bare URL: its text is its
 * URL (or the URL without `http://`), and it has no position in the source
 * (that pass makes none) — an author's own `<https://…>` or `[…](…)` has
 * one, and is left as written.
 */
function bareUrlText(link: Link): string | undefined {
  if (link.position || link.children.length !== 1 || link.children[0].type !== 'text') return undefined
  const text = link.children[0].value
  if (link.url === text || link.url === `http://${text}`) return /^(?:https?:\/\/|www\.)/i.test(text) ? text : undefined
  return undefined
}
