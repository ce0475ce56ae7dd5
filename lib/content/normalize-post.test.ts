import { describe, expect, it } from 'vitest'
import { isoDateTime } from './dates'
import { categoryPaths, normalizePost, tagNames } from './normalize-post'

const MTIME = new Date('2024-01-02T03:04:05Z')
const post = (text: string, file = 'posts/2020-03-28_abc.md', timeZone = 'UTC') =>
  normalizePost({ file, text, modified: MTIME }, timeZone)

describe('normalizePost', () => {
  it('reads the Icarus front matter the sync tool writes', () => {
    const p = post(`
---
title: '“引号+加号”标题'
permlink: abc123
catalog: true
toc_nav_num: true
date: 2020-03-28 17:12:42
categories:
- cn
tags:
- cn
- cn-reader
thumbnail: 'https://example.com/1.jpg'
sidebar:
    right:
        sticky: true
widgets:
    -
        type: toc
        position: right
position: 9999
---

Body`)
    expect(p).toMatchObject({
      title: '“引号+加号”标题',
      slug: 'abc123',
      permlink: 'abc123',
      categories: [['cn']],
      tags: ['cn', 'cn-reader'],
      thumbnail: 'https://example.com/1.jpg',
      toc: true,
      tocNumbered: true,
      sidebar: { right: { sticky: true } },
      widgets: [{ type: 'toc', position: 'right' }],
      draft: false,
      sticky: 0,
    })
    expect(isoDateTime(p.date)).toBe('2020-03-28T17:12:42Z')
    expect(p.frontMatter.position).toBe(9999) // unknown keys are kept
    expect(p.body.trim()).toBe('Body')
  })

  it('takes the slug from permlink, else slug, else the file name', () => {
    expect(post('---\npermlink: p\nslug: s\n---\n').slug).toBe('p')
    expect(post('---\nslug: s\n---\n').slug).toBe('s')
    expect(post('---\ntitle: t\n---\n', 'posts/sub/My Post.md').slug).toBe('my-post')
  })

  it('serves a permlink as written, and keeps the other forms of a URL as redirects', () => {
    const permlink = 'replay-required--1564497577'
    const steem = post(`---\npermlink: ${permlink}\n---\n`)
    expect(steem.slug).toBe(permlink)
    // The segment earlier versions of the site served: links to it keep working.
    expect(steem.aliases).toEqual(['replay-required-1564497577'])
    expect(post('---\ntitle: t\n---\n', 'posts/My Post.md').aliases).toEqual(['My Post'])
    expect(post('---\npermlink: p\nslug: Old Name\n---\n').aliases).toEqual(['Old Name', 'old-name'])
    expect(post('---\nslug: a/b\n---\n')).toMatchObject({ slug: 'a-b', aliases: [] })
    expect(post('---\npermlink: plain\n---\n').aliases).toEqual([])
  })

  it('titles a post without one from its first heading, markdown or HTML, else its file name', () => {
    expect(post('Intro\n\n## 第二级标题\n\n# Later').title).toBe('第二级标题')
    expect(post('\n---\ndate: 2020-01-01\n---\n<p>x</p>\n<h2>HTML <em>heading</em></h2>').title).toBe('HTML heading')
    expect(post('Just text', 'posts/2020-03-28_some-post.md').title).toBe('some-post')
  })

  it('falls back from date to the file-name prefix, then the modification time', () => {
    expect(isoDateTime(post('no front matter').date)).toBe('2020-03-28T00:00:00Z')
    expect(post('no front matter', 'posts/undated.md').date).toEqual(MTIME)
  })

  it('defaults updated to the date, and reads it when given', () => {
    expect(post('---\ndate: 2020-01-01\n---\n').updated).toEqual(new Date('2020-01-01T00:00:00Z'))
    expect(isoDateTime(post('---\ndate: 2020-01-01\nupdated: 2021-05-06 07:08:09\n---\n').updated)).toBe('2021-05-06T07:08:09Z')
  })

  it('names the file and line of a date it cannot read', () => {
    expect(() => post('\n---\ntitle: x\ndate: last tuesday\n---\n', 'posts/x.md')).toThrowError(
      /^posts\/x\.md:4: `date` is not a date: "last tuesday"/,
    )
  })

  it('rejects a title that is not text', () => {
    expect(() => post('---\ntitle: [a, b]\n---\n', 'posts/x.md')).toThrowError(/^posts\/x\.md:2: `title` must be text, not a list$/)
  })

  it('treats thumbnail None as no image, and reads cover', () => {
    expect(post('---\nthumbnail: None\n---\n').thumbnail).toBeUndefined()
    expect(post('---\ncover: /c.png\n---\n').thumbnail).toBe('/c.png')
  })

  it('reads toc or catalog, toc winning', () => {
    expect(post('---\ncatalog: true\n---\n').toc).toBe(true)
    expect(post('---\ntoc: false\ncatalog: true\n---\n').toc).toBe(false)
    expect(post('---\ntitle: x\n---\n').toc).toBe(false)
  })

  it('marks drafts and unpublished posts', () => {
    expect(post('---\ndraft: true\n---\n').draft).toBe(true)
    expect(post('---\npublished: false\n---\n').draft).toBe(true)
    expect(post('---\npublished: true\n---\n').draft).toBe(false)
  })

  it('reads sticky as a priority', () => {
    expect(post('---\nsticky: 5\n---\n').sticky).toBe(5)
    expect(post('---\nsticky: true\n---\n').sticky).toBe(1)
    expect(post('---\nsticky: nope\n---\n').sticky).toBe(0)
  })
})

describe('categoryPaths (Hexo semantics)', () => {
  it('reads a flat list as ONE path, parent → child', () => {
    expect(categoryPaths(['tech', 'rust'])).toEqual([['tech', 'rust']])
  })
  it('reads a list of lists as several paths, bare items as paths of their own', () => {
    expect(categoryPaths([['Diary', 'Games'], ['Diary', 'Music'], 'Life'])).toEqual([
      ['Diary', 'Games'],
      ['Diary', 'Music'],
      ['Life'],
    ])
  })
  it('reads a scalar as one category', () => {
    expect(categoryPaths('cn')).toEqual([['cn']])
    expect(categoryPaths(2020)).toEqual([['2020']])
  })
  it('ignores empty values', () => {
    expect(categoryPaths(undefined)).toEqual([])
    expect(categoryPaths(null)).toEqual([])
    expect(categoryPaths([])).toEqual([])
    expect(categoryPaths([' ', null])).toEqual([])
  })
})

describe('tagNames', () => {
  it('reads a list or a scalar, trims, drops repeats case-insensitively', () => {
    expect(tagNames(['cn', ' 区块链 ', 'CN', 'c++', 42])).toEqual(['cn', '区块链', 'c++', '42'])
    expect(tagNames('solo')).toEqual(['solo'])
    expect(tagNames(undefined)).toEqual([])
  })
})

describe('values that go into URLs, feeds and JSON-LD', () => {
  const withWarnings = (text: string) => {
    const warnings: { line?: number; problem: string }[] = []
    const p = normalizePost({ file: 'posts/a.md', text, modified: MTIME }, 'UTC', warnings)
    return { p, warnings }
  }

  it('reads a protocol-relative image as https, a path from the site root, None or empty as none', () => {
    expect(post('---\nthumbnail: //www.example.com/a.jpg\n---\n').thumbnail).toBe('https://www.example.com/a.jpg')
    expect(post("---\nthumbnail: 'images/a.jpg'\n---\n").thumbnail).toBe('/images/a.jpg')
    expect(post('---\nthumbnail: ./b.png\n---\n').thumbnail).toBe('/b.png')
    expect(post('---\nthumbnail:\n---\n').thumbnail).toBeUndefined()
    expect(post("---\nthumbnail: ''\n---\n").thumbnail).toBeUndefined()
  })

  it('drops an image that is not a web address, with a warning on its line', () => {
    for (const bad of ["'javascript:alert(1)'", "'data:image/png;base64,AAAA'", "'http://[::1'", 'mailto:a@b.c', '42', '[a]']) {
      const { p, warnings } = withWarnings(`\n---\ntitle: t\nthumbnail: ${bad}\n---\n`)
      expect(p.thumbnail).toBeUndefined()
      expect(warnings).toEqual([{ line: 4, problem: expect.stringMatching(/^thumbnail dropped, not a /) }])
    }
  })

  it('keeps a language tag in its canonical form and drops one that is not a tag', () => {
    expect(post('---\nlang: zh-cn\n---\n').lang).toBe('zh-CN')
    const { p, warnings } = withWarnings('---\nlang: "\\"><script>"\n---\n')
    expect(p.lang).toBeUndefined()
    expect(warnings[0].problem).toMatch(/^lang dropped, not a language tag/)
  })

  it('reports the sync tool’s recovered YAML as a warning with its line', () => {
    const { p, warnings } = withWarnings("\n---\ntitle: 'Let\\'s go'\npermlink: lets-go\n---\n")
    expect(p.title).toBe("Let's go")
    expect(warnings).toEqual([{ line: 3, problem: expect.stringContaining('title read as "Let\'s go"') }])
  })
})
