import { readFileSync } from 'node:fs'
import { CORE_SCHEMA, EVENT_ID, getScalarValue, loadAll, mergeTag, parseEvents, type Event } from 'js-yaml'
import { ConfigError, displayPath } from './config-error'

/** A key path inside a YAML document: `['widgets', 0, 'type']`. */
export type KeyPath = readonly (string | number)[]

export interface YamlFile {
  /** The file as messages name it. */
  file: string
  /** The first document; `undefined` for an empty file. */
  data: unknown
  /** The 1-based line where the value at `path` is written (its key's line), if it is written there. */
  lineOf(path: KeyPath): number | undefined
}

// Hexo reads its YAML with js-yaml's default schema; merge keys (`<<: *base`) are part of it.
const SCHEMA = CORE_SCHEMA.withTags(mergeTag)

/** Reads a YAML settings file; a syntax error is a ConfigError naming the file and line. */
export function readYamlFile(absolutePath: string): YamlFile {
  const file = displayPath(absolutePath)
  const text = readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '')
  try {
    const data = loadAll(text, { schema: SCHEMA, filename: file })[0]
    const lines = keyLines(text)
    return { file, data: data ?? undefined, lineOf: (path) => lines.get(pathKey(path)) }
  } catch (error) {
    const { mark, reason, message } = error as { mark?: { line?: number }; reason?: string; message?: string }
    const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined
    throw new ConfigError(file, line, `invalid YAML: ${(reason ?? message ?? String(error)).split('\n')[0]}`)
  }
}

export function pathKey(path: KeyPath): string {
  return JSON.stringify(path)
}

type Frame = { path: KeyPath } & ({ kind: 'mapping'; key: string | undefined } | { kind: 'sequence'; index: number })

/**
 * The line of every key and list item of the first document, from js-yaml's
 * event stream (source offsets): what validation messages point at.
 */
function keyLines(text: string): Map<string, number> {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const lineAt = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }

  const lines = new Map<string, number>()
  const stack: Frame[] = []
  let documents = 0
  /** Where a value that starts at `offset` sits; `undefined` when it is a mapping key. */
  const placeValue = (offset: number): KeyPath | undefined => {
    const top = stack.at(-1)
    if (!top) return []
    if (top.kind === 'sequence') {
      const path = [...top.path, top.index++]
      if (offset >= 0) lines.set(pathKey(path), lineAt(offset))
      return path
    }
    if (top.key === undefined) return undefined
    const path = [...top.path, top.key]
    top.key = undefined
    return path
  }

  for (const event of events(text)) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) break
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const path = placeValue(event.start) ?? [...(stack.at(-1)?.path ?? []), '?']
      stack.push(
        event.type === EVENT_ID.MAPPING
          ? { kind: 'mapping', path, key: undefined }
          : { kind: 'sequence', path, index: 0 },
      )
    } else if (event.type === EVENT_ID.SCALAR) {
      const top = stack.at(-1)
      if (top?.kind === 'mapping' && top.key === undefined) {
        top.key = getScalarValue(text, event)
        lines.set(pathKey([...top.path, top.key]), lineAt(event.valueStart))
      } else placeValue(event.valueStart)
    } else if (event.type === EVENT_ID.ALIAS) {
      placeValue(event.anchorStart)
    } else if (event.type === EVENT_ID.POP) {
      stack.pop()
    }
  }
  return lines
}

function events(text: string): Event[] {
  return parseEvents(text, {})
}
