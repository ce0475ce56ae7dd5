/**
 * The YAML the Steemit sync tool (steemblog) wrote, which YAML itself cannot
 * always read. The tool built front matter as text, and its versions quoted
 * values differently:
 *
 * - before 2019-06-04: `title: "…"` with the title's `"` removed and its
 *   backslashes left raw (`"C:\Users"` is an unknown escape to YAML);
 * - from 2019-06-04: `title: '…'` with `'` written as `\'` (YAML has no
 *   escapes in single quotes: `'Let\'s go'` ends at the backslash), later
 *   doubled as YAML wants (`'Let''s go'`);
 * - thumbnails and tags never or not always quoted (`thumbnail: @x`,
 *   `- *star`).
 *
 * When a file does not parse, the line the parser stopped at is read as the
 * tool meant it — if it is one of the lines the tool wrote from text (a
 * title, a thumbnail, a tag or category item) — and written back as a
 * quoted YAML string; then the YAML is parsed again. Nothing else is
 * guessed: any other broken line is still an error.
 */

/** Top-level keys whose values the sync tool wrote from free text. */
const TEXT_KEYS = new Set(['title', 'thumbnail'])
/** Top-level keys under which it wrote one text item per line. */
const LIST_KEYS = new Set(['tags', 'categories'])

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/
const LIST_ITEM = /^([ \t]*-[ \t]+)(.*?)[ \t]*$/

export interface LineRepair {
  /** 0-based index of the repaired line in the YAML text. */
  index: number
  /** The key the line belongs to (`title`, `tags`…). */
  key: string
  /** The text the value is now read as. */
  value: string
}

/**
 * The line at `index` rewritten so YAML reads it as the text the sync tool
 * meant, or `undefined` when it is not a line the tool wrote from text (or
 * is one, but already says what it means).
 */
export function repairSyncToolLine(lines: readonly string[], index: number): { line: string; repair: LineRepair } | undefined {
  const line = lines[index]
  if (line === undefined) return undefined
  const keyed = TOP_LEVEL_KEY.exec(line)
  if (keyed) {
    const [, key, raw] = keyed
    if (!TEXT_KEYS.has(key) || !raw) return undefined
    const value = meantText(raw)
    return { line: `${key}: ${yamlString(value)}`, repair: { index, key, value } }
  }
  const item = LIST_ITEM.exec(line)
  if (!item || !item[2]) return undefined
  const key = enclosingKey(lines, index)
  if (!key || !LIST_KEYS.has(key)) return undefined
  const value = meantText(item[2])
  return { line: `${item[1]}${yamlString(value)}`, repair: { index, key, value } }
}

/**
 * What the tool meant by a value it wrote: the text between its quotes, with
 * its `\'` and `''` read as `'` in single quotes and nothing unescaped in
 * double quotes (it never escaped there); an unquoted value as written.
 */
export function meantText(raw: string): string {
  const quote = raw[0]
  if (quote === "'" || quote === '"') {
    const inner = raw.length > 1 && raw.endsWith(quote) ? raw.slice(1, -1) : raw.slice(1)
    return quote === "'" ? inner.replace(/\\'|''/g, "'") : inner
  }
  return raw
}

/** A YAML double-quoted scalar (JSON strings are exactly that). */
function yamlString(value: string): string {
  return JSON.stringify(value)
}

/** The top-level key a list item line sits under: the nearest line above that starts at the margin. */
function enclosingKey(lines: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]
    if (line.trim() === '' || /^[ \t]/.test(line) || line.startsWith('-')) continue
    return TOP_LEVEL_KEY.exec(line)?.[1]
  }
  return undefined
}
