/**
 * `npm run build`'s `postbuild` step: lists again, after all of Next's
 * output, the files the build skipped with `CONTENT_ERRORS=warn` (recorded
 * by check-content.ts), so they are the last thing an author reads.
 */
import { existsSync, readFileSync } from 'node:fs'
import { skippedFilesMessage, skippedFilesRecord } from './content-report'

const file = skippedFilesRecord()
const skipped: string[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []
const lines = skippedFilesMessage(skipped)
if (lines.length > 0) console.warn(`\n${lines.join('\n')}`)
