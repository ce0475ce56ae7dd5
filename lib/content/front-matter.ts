import matter from 'gray-matter'
import { CORE_SCHEMA, FAILSAFE_SCHEMA, load } from 'js-yaml'
import { ContentError } from './content-error'
import { repairSyncToolLine } from './sync-tool-yaml'

export interface SplitSource {
  /** Front-matter keys exactly as written; `{}` when the file has none. */
  data: Record<string, unknown>
  /** The markdown after the front matter. */
  body: string
  /** The YAML text, for pointing error messages at a key's line. */
  yaml: string
  /** 1-based line of the file on which the YAML text starts. */
  yamlStartLine: number
  /** Lines of the sync tool's YAML that did not parse and were read as it meant them (sync-tool-yaml.ts). */
  repairs: YamlRepair[]
}

export interface YamlRepair {
  /** 1-based line in the file. */
  line: number
  key: string
  /** The text the value was read as. */
  value: string
}

/** Keys read as the text the author typed: a tag `yes`, `null` or `1.0` is that word, not a boolean, nothing or 1. */
const TYPED_AS_TEXT = ['title', 'tags', 'tag', 'categories', 'category'] as const
/** Enough for every line the sync tool writes from text (a title, a thumbnail, five tags, a category), with room. */
const MAX_REPAIRS = 16

/**
 * Splits a Hexo post into front matter and body. The Steemit sync tool writes
 * a blank first line, and editors add a BOM or CRLF endings: gray-matter only
 * sees front matter at the very start, so those are removed first (counting
 * the lines, so errors still name the author's line numbers).
 */
export function splitFrontMatter(raw: string, file: string): SplitSource {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const leading = /^(?:[ \t]*\n)*/.exec(text)![0]
  const rest = text.slice(leading.length)
  if (!/^---[ \t]*\n/.test(rest)) return { data: {}, body: text, yaml: '', yamlStartLine: 0, repairs: [] }

  const blankLines = leading.split('\n').length - 1
  const yamlStartLine = blankLines + 2
  let parsed: matter.GrayMatterFile<string>
  // gray-matter hands the engine the text right after `---`, newline included.
  let firstLineOffset = 0
  let repairs: YamlRepair[] = []
  const parseYaml = (yaml: string) => {
    firstLineOffset = yaml.startsWith('\n') ? -1 : 0
    const result = loadRecovering(yaml)
    repairs = result.repairs.map(({ index, key, value }) => ({
      line: yamlStartLine + firstLineOffset + index,
      key,
      value,
    }))
    return result.data
  }
  try {
    parsed = matter(rest, { engines: { yaml: parseYaml } })
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark
    const reason = (error as { reason?: string }).reason ?? (error as Error).message
    const line = typeof mark?.line === 'number' ? yamlStartLine + firstLineOffset + mark.line : yamlStartLine
    throw new ContentError(file, line, `invalid YAML front matter: ${reason.split('\n')[0]}`)
  }
  const data = parsed.data ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, yamlStartLine, 'front matter must be a list of `key: value` lines')
  }
  return { data, body: parsed.content, yaml: parsed.matter, yamlStartLine, repairs }
}

/**
 * The YAML's data, read with the sync tool's quirks recovered: a line it
 * wrote that does not parse is read as it meant it (sync-tool-yaml.ts) and
 * the YAML parsed again, up to a few lines per file; anything else that does
 * not parse throws the parser's first error.
 */
function loadRecovering(yaml: string): { data: object; repairs: { index: number; key: string; value: string }[] } {
  const lines = yaml.split('\n')
  const repairs: { index: number; key: string; value: string }[] = []
  let text = yaml
  let firstError: unknown
  for (;;) {
    try {
      // CORE_SCHEMA keeps timestamps as text: see dates.ts.
      const data = load(text, { schema: CORE_SCHEMA }) as object
      return { data: withTextAsTyped(data, text), repairs }
    } catch (error) {
      firstError ??= error
      const at = (error as { mark?: { line?: number } }).mark?.line
      const repaired = new Set(repairs.map((repair) => repair.index))
      const fix =
        typeof at === 'number' && repairs.length < MAX_REPAIRS
          ? [at, at - 1]
              .filter((index) => !repaired.has(index))
              .map((index) => repairSyncToolLine(lines, index))
              .find((candidate) => candidate !== undefined)
          : undefined
      if (!fix) throw firstError
      lines[fix.repair.index] = fix.line
      repairs.push(fix.repair)
      text = lines.join('\n')
    }
  }
}

/**
 * Titles, tags and categories as the author typed them: read again without
 * types (YAML's failsafe schema) when the typed reading made any of them
 * something other than text (`yes` → true, `null` → nothing, `1.0` → 1,
 * `0x1F` → 31).
 */
function withTextAsTyped(data: object, yaml: string): object {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data
  const record = data as Record<string, unknown>
  const typed = TYPED_AS_TEXT.filter((key) => key in record && !isAllText(record[key]))
  if (typed.length === 0) return data
  let text: Record<string, unknown>
  try {
    text = load(yaml, { schema: FAILSAFE_SCHEMA }) as Record<string, unknown>
  } catch {
    return data // explicit YAML types (`!!int`) the failsafe schema refuses: keep the typed reading
  }
  return { ...record, ...Object.fromEntries(typed.map((key) => [key, text[key]])) }
}

function isAllText(value: unknown): boolean {
  if (typeof value === 'string') return true
  if (Array.isArray(value)) return value.every(isAllText)
  return false
}

/** The file line of a top-level key in the front matter, for error messages. */
export function lineOfKey(source: SplitSource, key: string): number | undefined {
  const index = source.yaml
    .replace(/^\n/, '')
    .split('\n')
    .findIndex((line) => line.startsWith(`${key}:`))
  return index < 0 ? undefined : source.yamlStartLine + index
}
