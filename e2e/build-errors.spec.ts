import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Runs `next build` over a content folder holding `files`; returns its exit code and output. */
function buildWith(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'bad-content-'))
  mkdirSync(path.join(root, 'posts'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'posts', name), text)
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, CONTENT_DIR: root, NEXT_DIST_DIR: '.next-bad-content', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, root }
}

test('a YAML error fails the build with one line naming the file and line', () => {
  const { status, output, root } = buildWith({ 'broken.md': '\n---\ntitle: ok\ntags: [a,\n  b: c: d\n---\nbody\n' })
  expect(status).not.toBe(0)
  const file = path.join(root, 'posts', 'broken.md')
  expect(output).toContain(
    `Content error: ${file}:5: invalid YAML front matter: missed comma between flow collection entries\n`,
  )
  expect(output).not.toMatch(/^\s+at /m) // no stack trace
})

test('a duplicate slug fails the build with one line naming both files', () => {
  const { status, output, root } = buildWith({
    'a.md': '\n---\ntitle: One\npermlink: same\n---\n',
    'b.md': '\n---\ntitle: Two\nslug: same\n---\n',
  })
  expect(status).not.toBe(0)
  const [a, b] = ['a.md', 'b.md'].map((name) => path.join(root, 'posts', name))
  expect(output).toMatch(new RegExp(`Content error: ${b}: duplicate slug "same": also used by ${a} .*\\n`))
  expect(output).not.toMatch(/^\s+at /m)
})
