import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes a file so that a reader (or the next run, after a crash or Ctrl-C)
 * sees either the old bytes or the new ones, never half: write a temporary
 * file beside it, then rename over it (atomic within one file system).
 * Temporary names start with a dot, which the site's loader and Hexo skip.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = path.join(path.dirname(file), `${TEMPORARY_PREFIX}${path.basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

const TEMPORARY_PREFIX = '.sync-'

/** Removes temporary files a killed run left behind in a folder. */
export function removeStaleTemporaries(folder: string): number {
  let removed = 0
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return 0
  }
  for (const name of names) {
    if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith('.tmp')) {
      rmSync(path.join(folder, name), { force: true })
      removed++
    }
  }
  return removed
}
