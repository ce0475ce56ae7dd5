/**
 * Just enough of CommonMark's block structure, line by line, for the two
 * passes that bound the parser's work on long posts (bounded-paragraphs.ts,
 * parse-in-chunks.ts): where fenced code, math and raw HTML blocks end
 * (they run past blank lines), and which lines can only be paragraph text.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,}|\${2,})/
/** HTML blocks that run past blank lines to an end marker (CommonMark types 1–5). */
const RAW_BLOCKS: [start: RegExp, end: RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

/**
 * A line that can only be paragraph text wherever it stands: no indent and no
 * block marker — a letter, a digit that is not a list number, an opening
 * quote, a link or image (not a `[label]:` definition), emphasis (not a
 * `***` rule), or inline code (not a ``` fence).
 */
export const PLAIN_LINE =
  /^(?:\p{L}|\p{N}(?!\p{N}*[.)](?:\s|$))|[“‘「『（(]|!?\[(?![^\]]*\]:)|[*_](?=\S)(?![*_\s]*$)|`(?!``))/u

export class BlockScanner {
  /** Per raw-block kind, the first line from which no end marker follows: later starts need not look again. */
  private readonly noEndFrom = new Map<number, number>()

  constructor(private readonly lines: readonly string[]) {}

  /** The last line of a fenced or raw HTML block starting at line `i`; `i` itself when none starts there. */
  blockEnd(i: number): number {
    const lines = this.lines
    const fence = FENCE.exec(lines[i])
    if (fence) {
      const marker = fence[1]
      for (let j = i + 1; j < lines.length; j++) {
        const close = FENCE.exec(lines[j])
        if (close && close[1][0] === marker[0] && close[1].length >= marker.length && lines[j].trim() === close[1].trim())
          return j
      }
      return lines.length - 1 // an unclosed fence runs to the end of the post
    }
    for (const [kind, [start, end]] of RAW_BLOCKS.entries()) {
      if (!start.test(lines[i])) continue
      if (i >= (this.noEndFrom.get(kind) ?? Infinity)) return i
      for (let j = i; j < lines.length; j++) if (end.test(lines[j])) return j
      this.noEndFrom.set(kind, i)
      return i // never closed: remark-markdown-in-html ends it at its first blank line
    }
    return i
  }
}
