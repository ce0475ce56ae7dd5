/**
 * A fresh content folder for one e2e build of the real-looking archive:
 * `e2e/real-archive/content/` copied as it is (posts only: no pages, no
 * config), plus the size ladder as one more account's folder, laid out as the
 * sync tool lays out posts (`_posts/account/<account>/YYYY-MM-DD_<permlink>.md`);
 * with `--synced`, one more account that `npm run sync` writes there from the
 * local chain node (lib/sync/testing: no network here), as a writer adds
 * theirs before building (e2e/sync-then-build.spec.ts).
 *
 * Each build gets its own folder: Playwright starts its web servers in
 * parallel, and a build must not read a folder another one is rewriting.
 *
 * Usage: node --import tsx e2e/real-archive/prepare.ts <out-dir> [--no-ladder] [--synced]
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { startChainServer } from '../../lib/sync/testing/chain-server'
import { DEMO_ACCOUNT, demoDataset } from '../../lib/sync/testing/demo-dataset'
import { LADDER_ACCOUNT, sizeLadder } from './size-ladder'

export const ARCHIVE_DIR = path.join('e2e', 'real-archive', 'content')

/** Where `npm run sync` writes the synced account in a prepared folder. */
export function syncedAccountDir(contentDir: string): string {
  return path.join(contentDir, '_posts', 'account', DEMO_ACCOUNT)
}

export function prepareArchive(outDir: string, { ladder = true } = {}): void {
  rmSync(outDir, { recursive: true, force: true })
  cpSync(ARCHIVE_DIR, outDir, { recursive: true })
  if (!ladder) return
  const accountDir = path.join(outDir, '_posts', 'account', LADDER_ACCOUNT)
  mkdirSync(accountDir, { recursive: true })
  for (const post of sizeLadder()) writeFileSync(path.join(accountDir, post.file), post.text)
}

/** `npm run sync` (the real command, in its own process) against the local chain node, into the prepared folder. */
export async function syncDemoAccount(outDir: string): Promise<void> {
  const server = await startChainServer(demoDataset('steem'))
  try {
    // Async: the node answers from this process while the sync runs.
    await promisify(execFile)(
      'npm',
      ['run', 'sync', '--', DEMO_ACCOUNT, '--node', server.url, '--out', syncedAccountDir(outDir)],
      {
        env: { ...process.env, CI: 'true' },
      },
    )
  } finally {
    await server.stop()
  }
}

// Run as a script (not imported): no `import.meta` here, since Playwright loads this file as CommonJS.
if (/[\\/]real-archive[\\/]prepare\.ts$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2)
  const outDir = args.find((arg) => !arg.startsWith('--'))
  if (!outDir) {
    console.error('usage: node --import tsx e2e/real-archive/prepare.ts <out-dir> [--no-ladder] [--synced]')
    process.exit(2)
  }
  prepareArchive(outDir, { ladder: !args.includes('--no-ladder') })
  if (args.includes('--synced'))
    syncDemoAccount(outDir).catch((error: Error) => {
      console.error(`npm run sync into ${outDir} failed: ${error.message}`)
      process.exit(1)
    })
}
