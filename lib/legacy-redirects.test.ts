import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { legacyRedirectAt, legacyRedirects, legacyRedirectTable } from './legacy-redirects'

// The site's old URL patterns (site.yml): ':category/:post_title/' and '@demo-author/:permlink/'.
beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'legacy-'))
  mkdirSync(path.join(root, 'posts'))
  const post = (name: string, fm: string) => writeFileSync(path.join(root, 'posts', name), `---\n${fm}\n---\nBody\n`)
  post('a.md', 'title: Same Title\npermlink: first\ndate: 2021-01-01\ncategories: [cn]')
  post('b.md', 'title: Same Title\npermlink: second\ndate: 2020-01-01\ncategories: [cn]')
  post('c.md', 'title: Feed\npermlink: c\ndate: 2019-01-01\ncategories: [tags]')
  post('d.md', 'title: Draft\npermlink: d\ndate: 2019-01-01\ndraft: true')
  writeFileSync(path.join(root, 'site.yml'), "permalink: [':category/:post_title/', '@demo-author/:permlink/']\n")
  process.env.CONTENT_DIR = root
})

describe('legacyRedirects', () => {
  it('maps each old URL to one post: the newest wins a shared one; drafts and the site’s own paths are left out', () => {
    expect(legacyRedirects()).toEqual([
      { from: '/cn/Same-Title/', to: '/posts/first' },
      { from: '/@demo-author/first/', to: '/posts/first' },
      { from: '/@demo-author/second/', to: '/posts/second' },
      { from: '/@demo-author/c/', to: '/posts/c' },
    ])
  })

  it('looks an old path up with or without its trailing slash', () => {
    expect(legacyRedirectAt('/@demo-author/second')?.to).toBe('/posts/second')
    expect(legacyRedirectAt('/cn/Same-Title/')?.to).toBe('/posts/first')
    expect(legacyRedirectAt('/tags/Feed')).toBeUndefined()
  })
})

describe('legacyRedirectTable', () => {
  it('holds the same redirects, keyed without the trailing slash', () => {
    expect(legacyRedirectTable()).toEqual({
      '/cn/Same-Title': '/posts/first',
      '/@demo-author/first': '/posts/first',
      '/@demo-author/second': '/posts/second',
      '/@demo-author/c': '/posts/c',
    })
  })
})
