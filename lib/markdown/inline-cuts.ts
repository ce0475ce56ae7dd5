/**
 * Where a long run of inline markdown may be cut into pieces that are parsed
 * one by one and put back together.
 *
 * Why: micromark resolves emphasis over a whole paragraph at once, splicing
 * its event list for every `*a*` it matches and walking back over all
 * earlier events for every closer without an opener, so one paragraph costs
 * time in the square of its length (a 1 MB single-line post took 33 s, one
 * of `文字**强**文字。` over two minutes). Pieces of bounded size make the
 * whole parse linear.
 *
 * A cut is only made where no inline construct can span it: after the end
 * of a sentence, outside code spans, links, tags and unclosed emphasis, and
 * before text that cannot start a block of its own (a letter, not `#`, `-`,
 * `>`, `1.`…). A run with no such place for 2 pieces' length is cut at the
 * next sentence end anyway (an unmatched `*` somewhere early must not make
 * the rest of a long post quadratic again), after 3 at any space, after 4
 * anywhere.
 */

/** Pieces are at least this long; paragraphs shorter than this are never cut. */
export const INLINE_PIECE = 10_000
/** A piece this many times longer than `piece` is cut at the next sentence end, neutral or not. */
const FORCE_FACTOR = 2

/** How the text on both sides of a cut is joined again. */
export type CutJoin = 'none' | 'space' | 'newline'

export interface InlineCut {
  /** The piece before the cut ends here (exclusive). */
  end: number
  /** The piece after it starts here: the whitespace between is dropped and stands for `join`. */
  start: number
  join: CutJoin
}

const CJK_SENTENCE_END = /[。！？；…」』）】]/u
const LATIN_SENTENCE_END = /[.!?;:]/
/** Text that cannot open a block when it starts a line: a letter or a CJK character, not `1.`/`1)`. */
const PLAIN_START = /^(?:\p{L}|\p{N}(?![\p{N}]*[.)]))/u

/**
 * The cuts of `text` (one paragraph's inline content, or the text between two
 * HTML tags), in order; none when it is shorter than `piece`.
 */
export function inlineCuts(text: string, piece = INLINE_PIECE, forceAfter = piece * FORCE_FACTOR): InlineCut[] {
  const cuts: InlineCut[] = []
  if (text.length < piece) return cuts
  const state = new InlineState()
  let pieceStart = 0
  for (let i = 0; i < text.length; i++) {
    const skip = state.read(text, i)
    if (skip > 0) {
      i += skip - 1
      continue
    }
    const length = i + 1 - pieceStart
    if (length < piece) continue
    // The longer a piece grows without a clean place to cut, the less the cut may ask for.
    const where: CutPlace =
      length >= forceAfter * 2 ? 'anywhere' : length >= forceAfter * 1.5 ? 'space' : 'sentence'
    const cut = cutAfter(text, i, where)
    if (!cut || (!state.neutral() && length < forceAfter)) continue
    cuts.push(cut)
    state.reset()
    pieceStart = cut.start
    i = cut.start - 1
  }
  return cuts
}

/**
 * - `sentence`: after the end of a sentence or a line;
 * - `space`: also at any whitespace (text with no sentence ends);
 * - `anywhere`: also between any two characters (a run with no whitespace
 *   either, like a pasted blob), never inside a surrogate pair.
 */
type CutPlace = 'sentence' | 'space' | 'anywhere'

/** A cut right after `text[i]`, where `where` allows one and plain text follows. */
function cutAfter(text: string, i: number, where: CutPlace): InlineCut | undefined {
  const char = text[i]
  let end: number
  if (char === '\n') end = i
  else if (CJK_SENTENCE_END.test(char)) end = i + 1
  else if (LATIN_SENTENCE_END.test(char) && /\s/.test(text[i + 1] ?? '')) end = i + 1
  else if (where !== 'sentence' && /\s/.test(char)) end = i
  else if (where === 'anywhere' && !/[\uD800-\uDBFF]/.test(char)) end = i + 1
  else return undefined
  let start = end
  while (start < text.length && /\s/.test(text[start])) start++
  if (start >= text.length || !PLAIN_START.test(text.slice(start, start + 24))) return undefined
  const gap = text.slice(end, start)
  return { end, start, join: gap.includes('\n') ? 'newline' : gap ? 'space' : 'none' }
}

/** Just enough of CommonMark's inline syntax to know whether a position is inside a construct. */
class InlineState {
  private codeFence = 0
  private brackets = 0
  private destination = 0
  private inTag = false
  private stars = 0
  private underscores = 0
  private tildes = 0

  /** Reads the character at `i`; returns how many characters were consumed when more than one (a run of backticks or delimiters, an escape). */
  read(text: string, i: number): number {
    const char = text[i]
    if (char === '`') {
      let run = 1
      while (text[i + run] === '`') run++
      if (this.codeFence === 0) this.codeFence = run
      else if (this.codeFence === run) this.codeFence = 0
      return run
    }
    if (this.codeFence > 0) return 0
    if (char === '\\') return 2
    if (this.inTag) {
      if (char === '>') this.inTag = false
      return 0
    }
    if (this.destination > 0) {
      // A URL: only its parentheses matter.
      if (char === '(') this.destination++
      else if (char === ')') this.destination--
      return 0
    }
    if (char === '*' || char === '_' || char === '~') {
      // A run of delimiters (`**`) opens or closes as one.
      let run = 1
      while (text[i + run] === char) run++
      if (char === '*') this.stars ^= 1
      else if (char === '_') this.underscores ^= 1
      else this.tildes ^= 1
      return run
    }
    switch (char) {
      case '<':
        if (/[A-Za-z/!?]/.test(text[i + 1] ?? '')) this.inTag = true
        break
      case '[':
        this.brackets++
        break
      case ']':
        if (this.brackets > 0) this.brackets--
        if (text[i + 1] === '(') {
          this.destination = 1
          return 2
        }
        break
    }
    return 0
  }

  neutral(): boolean {
    return (
      this.codeFence === 0 &&
      this.brackets === 0 &&
      this.destination === 0 &&
      !this.inTag &&
      this.stars === 0 &&
      this.underscores === 0 &&
      this.tildes === 0
    )
  }

  reset(): void {
    Object.assign(this, new InlineState())
  }
}
