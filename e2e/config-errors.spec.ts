import { expect, test } from '@playwright/test'
import path from 'node:path'
import { buildFolder } from './build-folder'

const buildWith = (files: Record<string, string>) => buildFolder('bad-config', files)

const POST = '---\ntitle: A\ndate: 2020-01-01\n---\nA\n'

test('a wrong type in site.yml stops the build with one line naming the file, the line and what is allowed', () => {
  const { status, output, root } = buildWith({ 'posts/a.md': POST, 'site.yml': 'title: Mine\nper_page: ten\n' })
  expect(status).not.toBe(0)
  expect(output).toContain(
    `Config error: ${path.join(root, 'site.yml')}:2: per_page must be a whole number (0: all on one page), not "ten"\n`,
  )
  expect(output).not.toMatch(/^\s+at /m) // no stack trace
})

test('a YAML error in a Hexo site’s _config.yml stops the build with its file and line', () => {
  const { status, output, root } = buildWith({
    'source/_posts/a.md': POST,
    '_config.yml': 'title: Mine\nmenu: [a,\nb: c\n',
  })
  expect(status).not.toBe(0)
  expect(output).toMatch(new RegExp(`Config error: ${path.join(root, '_config.yml')}:3: invalid YAML: .*\\n`))
  expect(output).not.toMatch(/^\s+at /m)
})
