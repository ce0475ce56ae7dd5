/**
 * A problem in an author's content file. The message is one line that names
 * the file (and the line, when known), so a failed build points straight at
 * what to fix instead of at a stack trace inside a parser.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`)
    this.name = 'ContentError'
  }
}
