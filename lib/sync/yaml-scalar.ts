import { CORE_SCHEMA, YAML11_SCHEMA, load } from 'js-yaml'

/**
 * YAML scalars for the front matter. The source system built its YAML with
 * string templates: titles and thumbnails single-quoted with `'` doubled,
 * everything else unquoted. We keep those bytes wherever they read back as the
 * value they were meant to be, and quote only where they did not (a tag `yes`
 * or `2020`, a title with a line break or a control character).
 *
 * "Reads back" is checked with js-yaml itself, under both schemas a reader may
 * use: YAML 1.2 core (this site) and YAML 1.1 (Hexo, where `yes` is true and
 * `2020-01-01` a date). Asking the parser beats re-implementing its rules.
 */

type Context = 'mapping' | 'sequence'

/** A value as steemblog wrote titles and thumbnails: `'…'`, quotes doubled. */
export function quotedScalar(value: string, context: Context = 'mapping'): string {
  const single = `'${value.replaceAll("'", "''")}'`
  // A lone surrogate reads back in memory but cannot be written as UTF-8: only an escape keeps it.
  if (!LONE_SURROGATE.test(value) && readsBack(single, value, context)) return single
  return doubleQuoted(value)
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** A value as steemblog wrote permlinks and tags (bare), quoted only when bare would change it. */
export function plainScalar(value: string, context: Context = 'mapping'): string {
  if (value !== '' && readsBack(value, value, context)) return value
  return quotedScalar(value, context)
}

function readsBack(scalar: string, value: string, context: Context): boolean {
  const document = context === 'mapping' ? `k: ${scalar}` : `- ${scalar}`
  for (const schema of [CORE_SCHEMA, YAML11_SCHEMA]) {
    let parsed: unknown
    try {
      parsed = load(document, { schema })
    } catch {
      return false
    }
    const read = context === 'mapping' ? (parsed as { k?: unknown } | null)?.k : (parsed as unknown[] | null)?.[0]
    if (read !== value) return false
  }
  return true
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' }

/**
 * Double-quoted with escapes: the only YAML form that holds line breaks,
 * control characters and lone surrogates on one line (js-yaml refuses raw
 * non-printable characters anywhere in a document).
 */
function doubleQuoted(value: string): string {
  const escaped = value.replace(
    /[\\"\0-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return `"${escaped}"`
}
