import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { configWarnings } from '../config'
import { loadConversations } from '../conversation/load-conversation'
import { ContentError } from './content-error'
import { skippedFilesMessage, skippedFilesRecord } from './content-report'
import { loadPages, loadPosts, loadReport } from './load-posts'

/**
 * Loads and validates every post (and its conversation file) before `next build` compiles anything, so a
 * bad file stops the build with one line naming it, not with a stack trace
 * from a page worker. Other errors are bugs and keep their stack.
 *
 * It runs in the build's main process (next.config.ts), so this is where what
 * the load recovered, dropped or skipped is printed — once, not by every
 * worker that loads the same files. The skipped files are also left for
 * `postbuild` (print-skipped-files.ts) to list again at the very end.
 */
export function checkContentOrExit(): void {
  // The settings were read when this module was imported: a bad one has ended the process there (lib/config).
  try {
    loadConversations(loadPosts())
    loadPages()
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    console.error(`\nContent error: ${error.message}\n`)
    process.exit(1)
  }
  if (process.env.IS_NEXT_WORKER) return
  // Once per build: Turbopack evaluates next.config.ts again in a process of its own, which inherits this mark.
  if (configWarnings.length > 0 && !process.env.SITE_CONFIG_WARNED) {
    console.warn(configWarnings.map((line) => `Config warning: ${line}`).join('\n'))
    process.env.SITE_CONFIG_WARNED = '1'
  }
  const report = loadReport()
  if (report.warnings.length > 0) console.warn(report.warnings.map((line) => `Content warning: ${line}`).join('\n'))
  const skipped = skippedFilesMessage(report.skipped)
  if (skipped.length > 0) console.warn(`\n${skipped.join('\n')}\n`)
  recordSkippedFiles(report.skipped)
}

/** Written on every build, so `postbuild` never lists a previous build's files. */
function recordSkippedFiles(skipped: readonly string[]): void {
  const file = skippedFilesRecord()
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(skipped))
  } catch {
    // A read-only build folder: the list was printed above; postbuild just has nothing to repeat.
  }
}
