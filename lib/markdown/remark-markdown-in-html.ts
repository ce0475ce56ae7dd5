import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast'
import type { Root as HastRoot } from 'hast'
import type { Handler } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Extension } from 'micromark-util-types'
import type { Processor } from 'unified'
import { tokenizeHtml, type HtmlToken } from './html-tokens'
import { inlineCuts } from './inline-cuts'
import { STEEMIT_HTML_FLOW } from './remark-steemit-html-blocks'

/** Inside these, text is shown as written: never read as markdown. */
const LITERAL = new Set([
  'pre',
  'code',
  'kbd',
  'samp',
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])
/** Blocks CommonMark runs to their closing tag, or to the end of the post when there is none. */
const RUN_TO_CLOSE = /^\s*<(script|pre|style|textarea)[\s>]/i
/** Elements the HTML parser closes by itself; never worth closing for the author. */
const SELF_CLOSING_CONTEXT = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'caption',
  'rp',
  'rt',
  'html',
  'head',
  'body',
])
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/**
 * An HTML block with markdown read inside it: its tags (`html` nodes) and
 * the phrasing between them, in order. It renders as exactly its children —
 * see `htmlWithMarkdownHandler` — so no line breaks are added between a tag
 * and its text (`H<sub>2</sub>O` stays one word).
 */
export interface HtmlWithMarkdown extends Parent {
  type: 'htmlWithMarkdown'
  children: (Html | PhrasingContent)[]
}

declare module 'mdast' {
  interface RootContentMap {
    htmlWithMarkdown: HtmlWithMarkdown
  }
}

const PLACEHOLDER = 'html-with-markdown'

/**
 * For remark-rehype's `handlers`: one placeholder element holding the
 * children, so remark-rehype does not put line breaks between them (it does
 * between the items of an array); `rehypeUnwrapHtmlWithMarkdown` removes it.
 */
export const htmlWithMarkdownHandler: Handler = (state, node) => ({
  type: 'element',
  tagName: PLACEHOLDER,
  properties: {},
  children: state.all(node),
})

/** Runs before rehype-raw: puts the placeholder's children in its place. */
export function rehypeUnwrapHtmlWithMarkdown() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== PLACEHOLDER || !parent || index === undefined) return
      parent.children.splice(index, 1, ...node.children)
      return index
    })
  }
}

/** Reads text as inline markdown only: a line starting `1.` or `#` inside `<p>` stays text. */
const INLINE_ONLY: Extension = {
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'headingAtx',
      'htmlFlow',
      STEEMIT_HTML_FLOW,
      'list',
      'setextUnderline',
      'thematicBreak',
      'table',
      'mathFlow',
      'gfmFootnoteDefinition',
    ],
  },
}

/**
 * Steemit renders markdown inside HTML blocks (`<p>\n![](url)\n</p>`,
 * `<center>**bold**</center>`); CommonMark prints it as text. This splits
 * each HTML block into its tags and the text between them, and reads that
 * text as inline markdown with the same syntax extensions as the post.
 *
 * Two author slips are mended so they cannot swallow the rest of a post: a
 * comment or `<pre>`/`<script>`/`<style>` block that is never closed ends at
 * its first blank line, and an element never closed anywhere in the post is
 * closed where it was opened.
 */
export default function remarkMarkdownInHtml(this: Processor) {
  // Arrow functions below keep `this`: the processor, for its syntax extensions and parser.
  return (tree: Root) => {
    const data = this.data()
    const options = {
      extensions: [...(data.micromarkExtensions ?? []), INLINE_ONLY],
      mdastExtensions: data.fromMarkdownExtensions ?? [],
    }
    const parsePiece = (text: string): PhrasingContent[] =>
      fromMarkdown(text, options).children.flatMap((child) => (child.type === 'paragraph' ? child.children : []))
    const parseInline = (text: string) => parseInlinePieces(text, parsePiece)
    const parseBlocks = (text: string) => (this.parse(text) as Root).children
    expandContainer(tree, parseInline, parseBlocks)
    closeElementsNeverClosed(tree)
  }
}

type ParseInline = (text: string) => PhrasingContent[]

/**
 * Text between two tags as inline markdown, keeping the whitespace at its
 * ends that a paragraph would trim (`<b>a</b> b` keeps its space), and read
 * in bounded pieces when long (see inline-cuts.ts).
 */
function parseInlinePieces(text: string, parsePiece: ParseInline): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const space = (value: string) => {
    if (value) out.push({ type: 'text', value: value.includes('\n') ? '\n' : ' ' })
  }
  let from = 0
  for (const cut of [...inlineCuts(text), { end: text.length, start: text.length }]) {
    let start = from
    let end = cut.end
    while (start < end && MARKDOWN_SPACE.has(text[start])) start++
    while (end > start && MARKDOWN_SPACE.has(text[end - 1])) end--
    space(text.slice(from, start))
    if (end > start) out.push(...parsePiece(text.slice(start, end)))
    space(text.slice(end, cut.end))
    space(text.slice(cut.end, cut.start))
    from = cut.start
  }
  return out
}

/** What a paragraph trims from its ends (not U+00A0, which authors type as a visible space). */
const MARKDOWN_SPACE = new Set([' ', '\t', '\n', '\r'])
type ParseBlocks = (text: string) => RootContent[]

function expandContainer(parent: Parent, parseInline: ParseInline, parseBlocks: ParseBlocks): void {
  const children: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html') children.push(...expandHtmlBlock(child, parseInline, parseBlocks))
    else {
      if (isFlowContainer(child)) expandContainer(child, parseInline, parseBlocks)
      children.push(child)
    }
  }
  parent.children = children
}

function isFlowContainer(node: RootContent): node is RootContent & Parent {
  return (
    node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list' || node.type === 'footnoteDefinition'
  )
}

function expandHtmlBlock(node: Html, parseInline: ParseInline, parseBlocks: ParseBlocks): RootContent[] {
  const unclosed = splitUnclosedBlock(node.value)
  if (unclosed) {
    const rest = parseBlocks(unclosed.rest)
    const restContainer = { type: 'root', children: rest } as Root
    expandContainer(restContainer, parseInline, parseBlocks)
    return [...expandHtmlBlock({ ...node, value: unclosed.head }, parseInline, parseBlocks), ...restContainer.children]
  }

  const out: (Html | PhrasingContent)[] = []
  let html = ''
  const literal: string[] = []
  const flush = () => {
    if (html) out.push({ type: 'html', value: html })
    html = ''
  }
  for (const token of tokenizeHtml(node.value)) {
    trackLiteral(token, literal)
    if (token.kind !== 'text' || literal.length > 0 || token.source.trim() === '') {
      html += token.source
      continue
    }
    flush()
    out.push(...parseInline(token.source))
  }
  flush()
  return out.every((child) => child.type === 'html') ? [node] : [{ type: 'htmlWithMarkdown', children: out }]
}

function trackLiteral(token: HtmlToken, stack: string[]): void {
  if (token.kind === 'open' && LITERAL.has(token.name) && !token.selfClosing) stack.push(token.name)
  else if (token.kind === 'close' && stack[stack.length - 1] === token.name) stack.pop()
}

/** An unclosed comment or raw block: its first paragraph stays HTML, the rest is markdown again. */
function splitUnclosedBlock(value: string): { head: string; rest: string } | undefined {
  const raw = RUN_TO_CLOSE.exec(value)
  const isOpenComment = /^\s*<!--/.test(value) && !value.includes('-->')
  if (!isOpenComment && !(raw && !new RegExp(`</${raw[1]}\\s*>`, 'i').test(value))) return undefined
  const blank = value.search(/\n[ \t]*\n/)
  if (blank < 0) return undefined
  const head = value.slice(0, blank)
  return { head: isOpenComment ? `${head} -->` : head, rest: value.slice(blank) }
}

/**
 * Closes, at the end of the HTML where it was opened, every element the post
 * never closes — so an unclosed `<div class="pull-right">` or `<center>`
 * does not wrap everything after it.
 */
function closeElementsNeverClosed(tree: Root): void {
  const open: { name: string; node: Html }[] = []
  // How many of each name are open: a stray `</span>` is skipped without
  // scanning the stack, and a scan that finds its element pops everything it
  // passed, so the walk stays linear however many elements are left open.
  const openCount = new Map<string, number>()
  const count = (name: string, by: number) => openCount.set(name, (openCount.get(name) ?? 0) + by)
  const visit = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') {
        for (const token of tokenizeHtml(child.value)) {
          if (token.kind === 'open' && !token.selfClosing && !VOID.has(token.name)) {
            open.push({ name: token.name, node: child })
            count(token.name, 1)
          } else if (token.kind === 'close' && (openCount.get(token.name) ?? 0) > 0) {
            const index = open.findLastIndex((entry) => entry.name === token.name)
            for (const closed of open.splice(index)) count(closed.name, -1)
          }
        }
      } else if ('children' in child) visit(child)
    }
  }
  visit(tree)
  for (const { name, node } of open.reverse()) {
    if (!SELF_CLOSING_CONTEXT.has(name)) node.value += `</${name}>`
  }
}
