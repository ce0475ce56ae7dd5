import type { Image, Link, Parent, PhrasingContent, Root, Text } from 'mdast'
import { visit, SKIP } from 'unist-util-visit'

const IMAGE_URL = /^https?:\/\/\S+?\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]\S*)?$/i
const IMAGE_HOSTS =
  /^https?:\/\/(?:[\w-]+\.)*(?:steemitimages\.com|steemitimg\.com|ipfs\.busy\.org|images\.hive\.blog)\//i
// Labels hold no brackets and destinations no unmatched parentheses, so no
// two ways to match the same text exist: matching stays linear in the text
// (a 1 MB line of `[a](((…` would otherwise take minutes).
const LEFTOVER = /(!?)\[([^[\]\n]*)\]\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)/g
/** The text ends inside `[label](destination` (the destination cut off by an autolink). */
const OPEN_DESTINATION_AT_END = /!?\[[^[\]\n]*\]\([^()\n]*$/

/**
 * What Steemit shows as images and links but CommonMark leaves as text:
 * - a bare image URL on a line of its own becomes the image;
 * - `![alt](url with spaces)` and `[text](url with spaces)` become an image
 *   or link when the URL is usable once its spaces are encoded, and the alt
 *   text or link text otherwise (`![x](UPLOAD FAILED)` reads "x") — so no
 *   markdown syntax reaches the reader.
 */
export default function remarkLooseImages() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ('children' in node) rejoinSplitDestinations(node as Parent)
    })
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return
      if (node.type === 'link' && isBareImageUrl(node, parent, index)) {
        parent.children[index] = { type: 'image', url: node.url, alt: '' } satisfies Image
        return SKIP
      }
      if (node.type === 'text' && node.value.includes('](')) {
        const replacement = repairLeftovers(node)
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as typeof parent.children))
          return [SKIP, index + replacement.length]
        }
      }
    })
  }
}

function looksLikeImageUrl(url: string): boolean {
  return IMAGE_URL.test(url) || IMAGE_HOSTS.test(url)
}

/** A link GFM made from a bare URL in the text: its text is its URL. */
function autolinkText(node: Parent['children'][number] | undefined): string | undefined {
  if (node?.type !== 'link' || node.children.length !== 1 || node.children[0].type !== 'text') return undefined
  const text = node.children[0].value
  return text === node.url || `http://${text}` === node.url || `https://${text}` === node.url ? text : undefined
}

/**
 * GFM autolinks the URL in `![x](https://host/my photo.jpg)` before anything
 * else sees it, leaving text + link + text; put those back together so the
 * whole `![…](…)` can be repaired.
 */
function rejoinSplitDestinations(parent: Parent): void {
  const children = parent.children as PhrasingContent[]
  for (let i = 0; i + 1 < children.length; i++) {
    const before = children[i]
    const url = autolinkText(children[i + 1])
    if (before.type !== 'text' || url === undefined || !OPEN_DESTINATION_AT_END.test(lastLine(before.value))) continue
    const after = children[i + 2]
    const tail = after?.type === 'text' ? after.value : ''
    children.splice(i, after?.type === 'text' ? 3 : 2, { type: 'text', value: before.value + url + tail })
    i-- // the joined text may end in the next cut-off destination
  }
}

/** An autolinked URL (its text is the URL) of an image, alone on its line. */
function isBareImageUrl(link: Link, parent: Parent, index: number): boolean {
  if (autolinkText(link) === undefined || !looksLikeImageUrl(link.url)) return false
  const before = parent.children[index - 1]
  const after = parent.children[index + 1]
  const lineStarts = !before || before.type === 'break' || (before.type === 'text' && endsLine(before.value))
  const lineEnds = !after || after.type === 'break' || (after.type === 'text' && /^\s*(\n|$)/.test(after.value))
  return lineStarts && lineEnds
}

function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1)
}

/** Only whitespace after the text's last line break (or nothing but whitespace at all). */
function endsLine(text: string): boolean {
  const trimmed = text.trimEnd()
  return trimmed === '' || text.slice(trimmed.length).includes('\n')
}

function repairLeftovers(node: Text): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(LEFTOVER)) {
    const [whole, bang, label, rawUrl] = match
    const url = usableUrl(rawUrl)
    if (match.index! > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) })
    if (bang && url) parts.push({ type: 'image', url, alt: label })
    else if (!bang && url) parts.push({ type: 'link', url, children: [{ type: 'text', value: label || url }] })
    else if (label) parts.push({ type: 'emphasis', children: [{ type: 'text', value: label }] })
    last = match.index! + whole.length
  }
  if (parts.length === 0) return undefined
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) })
  return parts
}

/** An http(s) or root-relative URL once spaces are encoded; `undefined` for anything else. */
function usableUrl(raw: string): string | undefined {
  const url = raw
    .trim()
    .replace(/\s+"[^"]*"$/, '')
    .replace(/ /g, '%20')
  if (/^\//.test(url) && !url.startsWith('//')) return url
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
