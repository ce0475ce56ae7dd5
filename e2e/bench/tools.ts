/**
 * Tools only some runs need (Lighthouse, Hexo) are installed on demand into
 * `.bench-tools/` (gitignored), never into the project's package.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const TOOLS_DIR = '.bench-tools'

export function toolsDir(root: string): string {
  return path.join(root, TOOLS_DIR)
}

/** Installed version of a package in .bench-tools, if any. */
export function installedVersion(root: string, name: string): string | undefined {
  const file = path.join(toolsDir(root), 'node_modules', name, 'package.json')
  if (!existsSync(file)) return undefined
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

/** `name@major` or `name` (any version). */
function satisfied(root: string, spec: string): boolean {
  const at = spec.lastIndexOf('@')
  const [name, range] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, '']
  const version = installedVersion(root, name)
  if (!version) return false
  return range === '' || version.split('.')[0] === range.split('.')[0]
}

/** Installs the given packages into .bench-tools unless all are already there. */
export function ensureTools(root: string, specs: string[]): void {
  const missing = specs.filter((spec) => !satisfied(root, spec))
  if (missing.length === 0) return
  const dir = toolsDir(root)
  mkdirSync(dir, { recursive: true })
  const manifest = path.join(dir, 'package.json')
  if (!existsSync(manifest))
    writeFileSync(manifest, JSON.stringify({ name: 'bench-tools', private: true }, null, 2) + '\n')
  console.error(`[bench] npm install --prefix ${TOOLS_DIR} ${missing.join(' ')}`)
  const result = spawnSync(
    'npm',
    ['install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', '--loglevel=error', ...missing],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (result.status !== 0)
    throw new Error(`npm install of ${missing.join(' ')} into ${TOOLS_DIR} failed (exit ${result.status})`)
}
