import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Runs `next build` over a new content folder holding `files` (path → text),
 * as a user would over theirs; returns its exit code, its output and the
 * folder. `env` adds to the build's environment (`STATIC_EXPORT`…).
 */
export function buildFolder(
  name: string,
  files: Record<string, string>,
  env: Record<string, string> = {},
): { status: number | null; output: string; root: string; distDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), `${name}-`))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  const distDir = env.STATIC_EXPORT === '1' ? `out-${name}` : `.next-${name}`
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, CONTENT_DIR: root, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, root, distDir }
}
