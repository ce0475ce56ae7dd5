import type { KeyPath } from './yaml-file'

/**
 * A small typed description of settings, read in one of two ways:
 * - strictly (this site's `site.yml`): a wrong type, a value outside the
 *   allowed ones or an unknown key is reported as an error;
 * - leniently (Hexo's and the theme's files, written for Hexo): keys we do
 *   not read are ignored, and a value we read but cannot use is reported as
 *   a warning and left out, so the next layer (or the default) applies.
 * A rule both checks and normalizes, so what comes out is typed.
 */

export interface Reporter {
  readonly strict: boolean
  /** A problem with the value at `path`; in strict mode it ends the reading. */
  problem(path: KeyPath, message: string): void
  /**
   * An image setting (avatar, favicon, logo) as the site serves it: a URL as
   * it is, a local file from where it is found; `undefined`, reported, when
   * the file is missing. Without it, values are kept as written.
   */
  resolveImage?(value: string, path: KeyPath): string | undefined
}

export const INVALID: unique symbol = Symbol('invalid')
type Read<T> = T | typeof INVALID

export interface Rule<T> {
  /** What a right value looks like, for messages: "text", "true or false". */
  readonly expected: string
  read(value: unknown, path: KeyPath, reporter: Reporter): Read<T>
}

export type Infer<R> = R extends Rule<infer T> ? T : never

/** `widgets[1].position`, `navbar.menu.Home` */
export function formatPath(path: KeyPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  )
}

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return String(value)
}

function mismatch(rule: { expected: string }, value: unknown, path: KeyPath, reporter: Reporter): typeof INVALID {
  reporter.problem(path, `${formatPath(path)} must be ${rule.expected}, not ${describeValue(value)}`)
  return INVALID
}

/** Text (a YAML number counts: `title: 2020`); `check` returns a problem, or nothing when the text is usable. */
export function text(check?: (value: string) => string | undefined, expected = 'text'): Rule<string> {
  return {
    expected,
    read(value, path, reporter) {
      if (typeof value !== 'string' && typeof value !== 'number') return mismatch(this, value, path, reporter)
      const result = String(value).trim()
      const problem = check?.(result)
      if (problem) {
        reporter.problem(path, `${formatPath(path)}: ${problem}`)
        return INVALID
      }
      return result
    },
  }
}

/** A whole number from `min` up. */
export function wholeNumber(min = 0, note = ''): Rule<number> {
  return {
    expected: `a whole number${min > 0 ? ` from ${min}` : ''}${note}`,
    read(value, path, reporter) {
      return typeof value === 'number' && Number.isInteger(value) && value >= min
        ? value
        : mismatch(this, value, path, reporter)
    },
  }
}

export function flag(): Rule<boolean> {
  return {
    expected: 'true or false',
    read(value, path, reporter) {
      return typeof value === 'boolean' ? value : mismatch(this, value, path, reporter)
    },
  }
}

/** One of a few words. */
export function oneOf<T extends string>(values: readonly T[]): Rule<T> {
  return {
    expected: `one of: ${values.join(', ')}`,
    read(value, path, reporter) {
      if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T
      reporter.problem(path, `${formatPath(path)} must be one of: ${values.join(', ')} (not ${describeValue(value)})`)
      return INVALID
    },
  }
}

/**
 * A list; with `single`, one value counts as a list of one (Hexo's
 * `language: en` or `language: [en, zh-CN]`). Leniently, an unusable item is
 * left out and the rest kept.
 */
export function list<T>(item: Rule<T>, { single = false } = {}): Rule<T[]> {
  return {
    expected: single ? `${item.expected}, or a list of it` : `a list of ${item.expected}`,
    read(value, path, reporter) {
      if (!Array.isArray(value)) {
        if (!single || value === null || typeof value === 'object') return mismatch(this, value, path, reporter)
        const one = item.read(value, path, reporter)
        return one === INVALID ? INVALID : [one]
      }
      const items: T[] = []
      value.forEach((entry, index) => {
        if (entry === null || entry === undefined) return
        const read = item.read(entry, [...path, index], reporter)
        if (read !== INVALID) items.push(read)
      })
      return items
    },
  }
}

/** A mapping with any keys (Icarus's `Text: url` menus, Hexo's `category_map`), its entries in order. */
export function entries<T>(value: Rule<T>, expected = `a mapping of names to ${value.expected}`): Rule<[string, T][]> {
  return {
    expected,
    read(data, path, reporter) {
      if (!isMapping(data)) return mismatch(this, data, path, reporter)
      const result: [string, T][] = []
      for (const [key, entry] of Object.entries(data)) {
        if (entry === null || entry === undefined) continue
        const read = value.read(entry, [...path, key], reporter)
        if (read !== INVALID) result.push([key, read])
      }
      return result
    },
  }
}

export type Shape = Record<string, Rule<unknown>>
export type FieldsOf<S extends Shape> = { [K in keyof S]?: Infer<S[K]> }

/**
 * A mapping with known keys. An empty value (`key:`) counts as unset, as in
 * Hexo. Strictly, a key outside `shape` is an error that lists the allowed ones.
 */
export function fields<S extends Shape>(shape: S): Rule<FieldsOf<S>> {
  return {
    expected: 'a mapping',
    read(data, path, reporter) {
      if (!isMapping(data)) return mismatch(this, data, path, reporter)
      const result: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(data)) {
        const rule = Object.hasOwn(shape, key) ? shape[key] : undefined
        if (!rule) {
          if (reporter.strict) {
            reporter.problem(
              [...path, key],
              `unknown key "${formatPath([...path, key])}" (allowed here: ${Object.keys(shape).join(', ')})`,
            )
          }
          continue
        }
        if (value === null || value === undefined) continue
        const read = rule.read(value, [...path, key], reporter)
        if (read !== INVALID) result[key] = read
      }
      return result as FieldsOf<S>
    },
  }
}

/** The first of two forms that fits (Icarus's `logo: /img/logo.svg` or `logo: { text: My Blog }`). */
export function either<A, B>(first: Rule<A>, second: Rule<B>): Rule<A | B> {
  return {
    expected: `${first.expected}, or ${second.expected}`,
    read(value, path, reporter) {
      const rules: Rule<A | B>[] = [first, second]
      // Tried quietly first; the one that fits reads the value for real (images are resolved then).
      for (const rule of rules) {
        const probe = probeReporter(reporter.strict)
        if (rule.read(value, path, probe) !== INVALID && probe.problems === 0) return rule.read(value, path, reporter)
      }
      // A mapping that fits neither: read it as the mapping form, so the message names what inside is wrong.
      const mappingForm = rules.find((rule) => rule.expected === 'a mapping')
      if (mappingForm && isMapping(value)) return mappingForm.read(value, path, reporter)
      return mismatch(this, value, path, reporter)
    },
  }
}

/** Reads a value, then turns it into another (normalizing as it goes); `into` may report a problem. */
export function map<T, U>(
  rule: Rule<T>,
  into: (value: T, path: KeyPath, reporter: Reporter) => Read<U>,
  expected = rule.expected,
): Rule<U> {
  return {
    expected,
    read(value, path, reporter) {
      const read = rule.read(value, path, reporter)
      return read === INVALID ? INVALID : into(read, path, reporter)
    },
  }
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function probeReporter(strict: boolean): Reporter & { problems: number } {
  return {
    strict,
    problems: 0,
    problem() {
      this.problems++
    },
  }
}
