import path from 'node:path'
import { cacheDir } from '../deployment'
import { ContentError } from './content-error'

/** A note about one place in a file: something read differently from how it was written, or left out. */
export interface FileWarning {
  line?: number
  problem: string
}

/**
 * `CONTENT_ERRORS=warn`: a file that cannot be read is skipped, as Hexo
 * skips it ("Process failed"), instead of stopping the build. Unset: it
 * stops the build with its one-line error.
 */
export function skipsUnreadableFiles(): boolean {
  const mode = process.env.CONTENT_ERRORS
  if (mode === undefined || mode === '' || mode === 'stop') return false
  if (mode === 'warn') return true
  throw new ContentError('CONTENT_ERRORS', undefined, `must be "warn" (skip unreadable files) or unset (stop at the first), not ${JSON.stringify(mode)}`)
}

/**
 * What loading the content recovered, dropped and skipped: one line per file
 * with a warning, one line per skipped file (its error). Kept with the
 * loaded posts and printed once, by the build's content check.
 */
export class ContentReport {
  readonly warnings: string[] = []
  readonly skipped: string[] = []

  constructor(readonly skipping = skipsUnreadableFiles()) {}

  /** Runs one step of reading a file; `false` when it failed with a `ContentError` and the file is skipped. */
  check(step: () => void): boolean {
    try {
      step()
      return true
    } catch (error) {
      if (!(error instanceof ContentError) || !this.skipping) throw error
      this.skipped.push(error.message)
      return false
    }
  }

  /** One line for a file's warnings: `file:line: problem`, or `file: line 3: …; line 9: …` when there are several. */
  warn(file: string, warnings: readonly FileWarning[]): void {
    if (warnings.length === 0) return
    if (warnings.length === 1) {
      const [{ line, problem }] = warnings
      this.warnings.push(`${file}${line ? `:${line}` : ''}: ${problem}`)
      return
    }
    const byLine = [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    const parts = byLine.map(({ line, problem }) => `${line ? `line ${line}: ` : ''}${problem}`)
    this.warnings.push(`${file}: ${parts.join('; ')}`)
  }

  static merge(...reports: readonly ContentReport[]): ContentReport {
    const merged = new ContentReport(reports.some((report) => report.skipping))
    for (const report of reports) {
      merged.warnings.push(...report.warnings)
      merged.skipped.push(...report.skipped)
    }
    return merged
  }
}

/** The skipped files as lines to print: a count, then each file's error. Empty when none was skipped. */
export function skippedFilesMessage(skipped: readonly string[]): string[] {
  if (skipped.length === 0) return []
  const count = skipped.length === 1 ? '1 unreadable file' : `${skipped.length} unreadable files`
  return [`Skipped ${count} (CONTENT_ERRORS=warn):`, ...skipped.map((line) => `  ${line}`)]
}

/**
 * Where the content check leaves the skipped files for `npm run build`'s
 * `postbuild` step to list again at the very end, after Next's own output.
 */
export function skippedFilesRecord(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), cacheDir, 'content-skipped.json')
}
