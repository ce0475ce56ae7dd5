/** Han, kana and hangul: read and counted one character at a time. */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`
/** A letter or digit of any other script. */
const LETTER = String.raw`[[\p{L}\p{N}]--[${CJK}]]`
/**
 * One CJK character (group 1), or one word of other scripts (`don't`,
 * `node.js`). No quantifier can match the same text two ways, so matching is
 * linear in the text.
 */
const TOKEN = new RegExp(String.raw`([${CJK}])|${LETTER}+(?:['’.\-]${LETTER}+)*`, 'gv')

// Reading speeds as Icarus-era readers of mixed posts measure them.
const CJK_PER_MINUTE = 400
const WORDS_PER_MINUTE = 220

export interface TextStats {
  /** Words, each CJK character counting as one (as Chinese word counts do). */
  words: number
  /** Whole minutes to read, at least 1. */
  minutes: number
}

/** Word count and reading time in one pass that keeps no list of matches (a 5 MB post has millions). */
export function textStats(text: string): TextStats {
  let cjk = 0
  let words = 0
  for (const match of text.matchAll(TOKEN)) {
    if (match[1] === undefined) words++
    else cjk++
  }
  return { words: cjk + words, minutes: Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE)) }
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/**
 * How much text is looked at for an excerpt, per character kept. On Node 20
 * (V8 11.3) every segment `Intl.Segmenter` yields holds its own copy of the
 * whole input, so segmenting costs time and memory in the square of the
 * input's length (36k characters: 2.6 GB; 100k: out of memory). Only a
 * bounded window is ever segmented; 16 code units per grapheme leaves room
 * for emoji sequences and combining marks.
 */
const WINDOW_PER_GRAPHEME = 16

/**
 * At most `limit` characters of `text`, cut between graphemes (never inside
 * a surrogate pair or an emoji sequence), back to a space when one is near,
 * with an ellipsis when anything was cut. Cost is bounded by `limit`, not by
 * the text's length.
 */
export function truncateText(text: string, limit: number): string {
  const window = limit * WINDOW_PER_GRAPHEME
  // Whitespace runs collapse to one space, so a little more raw text is read than the window.
  const raw = text.length > window * 4 ? text.slice(0, window * 4) : text
  const clean = raw.replace(/\s+/g, ' ').trimStart()
  const windowed = clean.length > window
  const pieces: string[] = []
  for (const { segment } of graphemes.segment(windowed ? clean.slice(0, window) : clean)) {
    pieces.push(segment)
    if (pieces.length > limit) break
  }
  // The window's last grapheme may have been cut by the slice: it is never kept.
  if (windowed && pieces.length <= limit) pieces.pop()
  const cutAnything = windowed || raw !== text || pieces.length > limit
  if (!cutAnything) return clean.trimEnd()
  let cut = pieces.slice(0, limit).join('')
  const space = cut.lastIndexOf(' ')
  if (space > limit * 0.7) cut = cut.slice(0, space)
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`
}
