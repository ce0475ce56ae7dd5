import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5'

/** A piece of an HTML string: a tag, or the text between tags, with its exact source text. */
export type HtmlToken =
  | { kind: 'text'; source: string }
  | { kind: 'open'; source: string; name: string; selfClosing: boolean }
  | { kind: 'close'; source: string; name: string }
  | { kind: 'comment'; source: string }

// Elements whose content the HTML parser reads as text, not tags; the
// tokenizer alone does not know them (the tree builder switches its mode).
const TEXT_MODES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
}

/**
 * Splits HTML into tags and text with parse5's spec tokenizer, so quotes,
 * `>` inside attributes and comments are read exactly as a browser would.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  type Span = {
    kind: Exclude<HtmlToken['kind'], 'text'>
    start: number
    end: number
    name?: string
    selfClosing?: boolean
  }
  const spans: Span[] = []
  const tag = (kind: 'open' | 'close', token: Token.TagToken) => {
    spans.push({
      kind,
      start: token.location!.startOffset,
      end: token.location!.endOffset,
      name: token.tagName,
      selfClosing: token.selfClosing,
    })
  }
  const ignore = () => {}
  const handler: TokenHandler = {
    onStartTag(token) {
      tag('open', token)
      const mode = TEXT_MODES[token.tagName]
      if (mode !== undefined && !token.selfClosing) tokenizer.state = mode
    },
    onEndTag: (token) => tag('close', token),
    onComment: (token) =>
      spans.push({ kind: 'comment', start: token.location!.startOffset, end: token.location!.endOffset }),
    onDoctype: (token) =>
      spans.push({ kind: 'comment', start: token.location!.startOffset, end: token.location!.endOffset }),
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onEof: ignore,
  }
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler)
  tokenizer.write(html, true)

  const tokens: HtmlToken[] = []
  let offset = 0
  for (const span of spans) {
    if (span.start > offset) tokens.push({ kind: 'text', source: html.slice(offset, span.start) })
    const source = html.slice(span.start, span.end)
    if (span.kind === 'comment') tokens.push({ kind: 'comment', source })
    else if (span.kind === 'open')
      tokens.push({ kind: 'open', source, name: span.name!, selfClosing: span.selfClosing! })
    else tokens.push({ kind: 'close', source, name: span.name! })
    offset = span.end
  }
  if (offset < html.length) tokens.push({ kind: 'text', source: html.slice(offset) })
  return tokens
}
