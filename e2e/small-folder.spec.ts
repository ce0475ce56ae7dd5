import { expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildFolder } from './build-folder'

// The smallest archive a new user brings: one post, with no tags, no
// categories, no pages and no settings. A static export must still build
// (Next stops an export when a page route generates no path at all).
test('a folder of one post without tags or categories exports, its post and home page included', () => {
  const { status, output, distDir } = buildFolder(
    'one-post',
    { 'only-post.md': '\n---\ntitle: Alone\npermlink: alone\ndate: 2020-03-28 17:12:42\n---\n\nJust one post.\n' },
    { STATIC_EXPORT: '1' },
  )
  expect(status, output).toBe(0)
  expect(readFileSync(path.join(distDir, 'posts', 'alone', 'index.html'), 'utf8')).toContain('Just one post.')
  expect(existsSync(path.join(distDir, 'index.html'))).toBe(true)
  // Routes with nothing to list answer with the not-found page.
  expect(existsSync(path.join(distDir, '404.html'))).toBe(true)
})
