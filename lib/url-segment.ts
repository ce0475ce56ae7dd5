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
  return segment || `n-${hashOf(name)}`
}

/** The identity of a name when grouping: case and Unicode form do not count. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim()
}

/**
 * Segments for a set of distinct names, unique among them: two names that map
 * to the same text (`c++` and `c-plus-plus`) get `-2`, `-3` in sorted order,
 * so the result does not depend on the order posts were read.
 */
export function assignSegments(names: Iterable<string>): Map<string, string> {
  const taken = new Set<string>()
  const result = new Map<string, string>()
  for (const name of [...new Set(names)].sort()) {
    const base = toUrlSegment(name)
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
