import matter from 'gray-matter'
import { CORE_SCHEMA, load } from 'js-yaml'
import { ContentError } from './content-error'

export interface SplitSource {
  /** Front-matter keys exactly as written; `{}` when the file has none. */
  data: Record<string, unknown>
  /** The markdown after the front matter. */
  body: string
  /** The YAML text, for pointing error messages at a key's line. */
  yaml: string
  /** 1-based line of the file on which the YAML text starts. */
  yamlStartLine: number
}

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
  if (!/^---[ \t]*\n/.test(rest)) return { data: {}, body: text, yaml: '', yamlStartLine: 0 }

  const blankLines = leading.split('\n').length - 1
  const yamlStartLine = blankLines + 2
  let parsed: matter.GrayMatterFile<string>
  // gray-matter hands the engine the text right after `---`, newline included.
  let firstLineOffset = 0
  const parseYaml = (yaml: string) => {
    firstLineOffset = yaml.startsWith('\n') ? -1 : 0
    // CORE_SCHEMA keeps timestamps as text: see dates.ts.
    return load(yaml, { schema: CORE_SCHEMA }) as object
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
  return { data, body: parsed.content, yaml: parsed.matter, yamlStartLine }
}

/** The file line of a top-level key in the front matter, for error messages. */
export function lineOfKey(source: SplitSource, key: string): number | undefined {
  const index = source.yaml
    .replace(/^\n/, '')
    .split('\n')
    .findIndex((line) => line.startsWith(`${key}:`))
  return index < 0 ? undefined : source.yamlStartLine + index
}
