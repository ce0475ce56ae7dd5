/**
 * The one place where names (tags, categories, slugs) become URL path
 * segments. A segment never contains `/`, `%`, `?`, `#` or `.`, so the same
 * link resolves under `next start`, on Vercel and as a file on any static
 * host; CJK and other letters are kept as they are (browsers percent-encode
 * them on the wire). Pages look names up through a segment → name map built
 * from these; a name is never rebuilt from its URL.
 */

const WORDS_FOR_SYMBOLS: Record<string, string> = { '+': 'plus', '#': 'sharp', '%': 'percent', '&': 'and', '@': 'at' }

/** Lower-cased, so names that differ only in case share one page (see README: case). */
export function toUrlSegment(name: string): string {
  const segment = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[+#%&@]/g, (symbol) => `-${WORDS_FOR_SYMBOLS[symbol]}-`)
    .replace(/[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (!segment) return `n-${hashOf(name)}`
  return fitsInFileName(segment) ? segment : `${cutToBytes(segment, MAX_SEGMENT_BYTES - 12)}-${hashOf(name)}`
}

/**
 * A post's (or page's) URL segment: its permlink, slug or file name exactly
 * as written when that is already safe in a path on every host — Steem and
 * Hive permlinks (`[a-z0-9-]`, `…-required--1564497577` included) always are,
 * and are what readers and other posts link to. Anything else (spaces,
 * capitals, `.`, `%`, overlong) gets the rules of names above.
 */
export function postSegment(raw: string): string {
  const name = raw.normalize('NFC')
  return SAFE_AS_WRITTEN.test(name) && fitsInFileName(name) ? name : toUrlSegment(raw)
}

/** Lower-case letters, letters without case (CJK), digits, marks, `-` and `_`. */
const SAFE_AS_WRITTEN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}_-]+$/u

/**
 * A segment becomes a file or folder name in the build (`<segment>.html`,
 * `<segment>.segments/`) and in a static export: 255 bytes on most file
 * systems, with room for what the build appends.
 */
const MAX_SEGMENT_BYTES = 200

function fitsInFileName(segment: string): boolean {
  return Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES
}

/** The longest start of `text` within `bytes` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0
  let end = 0
  for (const char of text) {
    used += Buffer.byteLength(char)
    if (used > bytes) break
    end += char.length
  }
  return text.slice(0, end).replace(/-+$/, '')
}

/** The identity of a name when grouping: case and Unicode form do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim()
}

/**
 * Segments for a set of distinct names, unique among them: two names that map
 * to the same text (`c++` and `c-plus-plus`) get `-2`, `-3` in sorted order,
 * so the result does not depend on the order posts were read. `preferred`
 * gives a name its own URL name (Hexo's `tag_map`), made safe the same way.
 */
export function assignSegments(
  names: Iterable<string>,
  preferred: (name: string) => string | undefined = () => undefined,
): Map<string, string> {
  const taken = new Set<string>()
  const result = new Map<string, string>()
  for (const name of [...new Set(names)].sort()) {
    const base = toUrlSegment(preferred(name) ?? name)
    let segment = base
    for (let n = 2; taken.has(segment); n++) segment = `${base}-${n}`
    taken.add(segment)
    result.set(name, segment)
  }
  return result
}

/** A short stable hash (FNV-1a) for names with no letters or digits at all. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}
