import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { SearchIndexFile } from './build-search-index'

/**
 * Writes the files into a folder beside `folder`, then renames it into place:
 * a build worker or a browser reading meanwhile never sees half an index.
 * An existing folder is kept (`keep`: the first writer of the same index wins)
 * or replaced (`replace`).
 */
export function writeIndexFolder(
  folder: string,
  files: readonly SearchIndexFile[],
  existing: 'keep' | 'replace',
): void {
  if (existing === 'keep' && existsSync(folder)) return
  const temporary = `${folder}.${process.pid}.tmp`
  rmSync(temporary, { recursive: true, force: true })
  try {
    mkdirSync(temporary, { recursive: true })
    for (const file of files) {
      const target = path.join(temporary, file.path)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, file.content)
    }
    if (existing === 'replace') rmSync(folder, { recursive: true, force: true })
    mkdirSync(path.dirname(folder), { recursive: true })
    renameSync(temporary, folder)
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
}
