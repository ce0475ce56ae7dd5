/**
 * A fresh content folder for one e2e build of the real-looking archive:
 * `e2e/real-archive/content/` copied as it is (posts only: no pages, no
 * config), plus the size ladder as one more account's folder, laid out as the
 * sync tool lays out posts (`_posts/account/<account>/YYYY-MM-DD_<permlink>.md`).
 *
 * Each build gets its own folder: Playwright starts its web servers in
 * parallel, and a build must not read a folder another one is rewriting.
 *
 * Usage: node --import tsx e2e/real-archive/prepare.ts <out-dir> [--no-ladder]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LADDER_ACCOUNT, sizeLadder } from './size-ladder'

export const ARCHIVE_DIR = path.join('e2e', 'real-archive', 'content')

export function prepareArchive(outDir: string, { ladder = true } = {}): void {
  rmSync(outDir, { recursive: true, force: true })
  cpSync(ARCHIVE_DIR, outDir, { recursive: true })
  if (!ladder) return
  const accountDir = path.join(outDir, '_posts', 'account', LADDER_ACCOUNT)
  mkdirSync(accountDir, { recursive: true })
  for (const post of sizeLadder()) writeFileSync(path.join(accountDir, post.file), post.text)
}

// Run as a script (not imported): no `import.meta` here, since Playwright loads this file as CommonJS.
if (/[\\/]real-archive[\\/]prepare\.ts$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2)
  const outDir = args.find((arg) => !arg.startsWith('--'))
  if (!outDir) {
    console.error('usage: node --import tsx e2e/real-archive/prepare.ts <out-dir> [--no-ladder]')
    process.exit(2)
  }
  prepareArchive(outDir, { ladder: !args.includes('--no-ladder') })
}
