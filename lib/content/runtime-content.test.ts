import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentOutsideProject, runtimeContentGlobs } from './runtime-content'

describe('runtimeContentGlobs', () => {
  it('a folder of posts: the folder, its settings files and the project public/', () => {
    const globs = runtimeContentGlobs('e2e/fixtures')
    expect(globs.slice(0, 4)).toEqual([
      'e2e/fixtures/**',
      'e2e/fixtures/*.yml',
      'e2e/fixtures/*.yaml',
      'e2e/fixtures/themes/*/_config.yml',
    ])
    expect(globs).toContain('public/**')
  })

  it("a Hexo site root: its source/ folder, and the root's and themes' config files", () => {
    expect(runtimeContentGlobs('e2e/hexo-site').slice(0, 4)).toEqual([
      'e2e/hexo-site/source/**',
      'e2e/hexo-site/*.yml',
      'e2e/hexo-site/*.yaml',
      'e2e/hexo-site/themes/*/_config.yml',
    ])
  })
})

describe('content outside the project (CONTENT_DIR=~/blog)', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'outside-'))
  writeFileSync(path.join(outside, 'a.md'), '---\ntitle: A\n---\n')

  it('leaves the content out of the globs: the tracer refuses a path outside the project', () => {
    const globs = runtimeContentGlobs(outside)
    expect(globs.filter((glob) => glob.startsWith('..') || path.isAbsolute(glob))).toEqual([])
    expect(globs).toContain('public/**')
    expect(contentOutsideProject(outside)).toBe(true)
  })

  it('content inside the project is not outside', () => {
    expect(contentOutsideProject('e2e/fixtures')).toBe(false)
  })
})
