import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { navItems } from './navigation'
import { siteConfig } from './config'

function contentFolder(pages: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'nav-'))
  mkdirSync(path.join(root, 'posts'))
  writeFileSync(path.join(root, 'posts', 'a.md'), '---\ntitle: A\ndate: 2020-01-01\n---\nA\n')
  if (pages.length) mkdirSync(path.join(root, 'pages'))
  for (const page of pages) writeFileSync(path.join(root, 'pages', `${page}.md`), `---\ntitle: ${page}\n---\nText\n`)
  return root
}

describe('navItems', () => {
  const saved = process.env.CONTENT_DIR
  afterEach(() => {
    process.env.CONTENT_DIR = saved
  })

  it('leaves out a page the content folder does not have', () => {
    process.env.CONTENT_DIR = contentFolder([])
    const hrefs = navItems().map((item) => item.href)
    expect(siteConfig.nav.map((item) => item.href)).toContain('/about')
    expect(hrefs).not.toContain('/about')
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/archives', '/categories', '/tags']))
  })

  it('keeps it when the page exists', () => {
    process.env.CONTENT_DIR = contentFolder(['about'])
    expect(navItems().map((item) => item.href)).toContain('/about')
  })
})
