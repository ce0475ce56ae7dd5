import path from 'node:path'

/**
 * A setting that stops the build: a YAML syntax error, or in `site.yml` a
 * wrong type or an unknown key. One line naming the file and line, like
 * ContentError, so the author fixes it without reading a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`)
    this.name = 'ConfigError'
  }
}

/** A path as messages show it: relative to the project when inside it, else absolute (what an author can open). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}
