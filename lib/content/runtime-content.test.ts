import { describe, expect, it } from 'vitest'
import { runtimeContentGlobs } from './runtime-content'

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
