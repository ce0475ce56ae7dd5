/** Han, kana and hangul: read and counted one character at a time. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

// Reading speeds as Icarus-era readers of mixed posts measure them.
const CJK_PER_MINUTE = 400
const WORDS_PER_MINUTE = 220

/** Words of a text, each CJK character counting as one (as Chinese word counts do). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0
  return cjk + words
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE))
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * At most `limit` characters of `text`, cut between graphemes (never inside
 * a surrogate pair or an emoji sequence), back to a space when one is near,
 * with an ellipsis when anything was cut.
 */
export function truncateText(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const pieces = [...graphemes.segment(clean)].map((s) => s.segment)
  if (pieces.length <= limit) return clean
  let cut = pieces.slice(0, limit).join('')
  const space = cut.lastIndexOf(' ')
  if (space > limit * 0.7) cut = cut.slice(0, space)
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`
}
