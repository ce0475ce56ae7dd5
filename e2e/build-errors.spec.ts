import { expect, test } from '@playwright/test'
import path from 'node:path'
import { buildFolder } from './build-folder'

const buildWith = (files: Record<string, string>) =>
  buildFolder('bad-content', Object.fromEntries(Object.entries(files).map(([name, text]) => [`posts/${name}`, text])))

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
