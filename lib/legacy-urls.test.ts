import { describe, expect, it } from 'vitest'
import type { Post } from './content/post'
import { legacyPaths } from './legacy-urls'

const post = {
  file: 'content/posts/2020-03-28_7f2ija.md',
  title: '“社群+区块链”三大特性',
  date: new Date('2020-03-28T17:12:42Z'),
  categories: [['cn']],
  frontMatter: { permlink: '7f2ija' },
} as unknown as Post

describe('legacyPaths', () => {
  it('builds Hexo’s :category/:post_title/ as Hexo 8 does', () => {
    expect(
      legacyPaths(post, [':category/:post_title/'], { timeZone: 'UTC', defaultCategory: 'uncategorized' }),
    ).toEqual(['/cn/“社群-区块链”三大特性/'])
  })

  it('reads front-matter keys, dates in the site timezone and the file name', () => {
    expect(
      legacyPaths(post, ['@iguazi123/:permlink/', ':year/:month/:day/:title/', ':i_month/:hour'], {
        timeZone: 'Asia/Shanghai',
        defaultCategory: 'x',
      }),
    ).toEqual(['/@iguazi123/7f2ija/', '/2020/03/29/2020-03-28_7f2ija/', '/3/01'])
  })

  it('slugs nested categories as a path, and uses the default category for none', () => {
    const nested = { ...post, categories: [['Tech Notes', 'Rust']] } as Post
    expect(legacyPaths(nested, [':category/'], { timeZone: 'UTC', defaultCategory: 'x' })).toEqual([
      '/Tech-Notes/Rust/',
    ])
    expect(
      legacyPaths({ ...post, categories: [] } as Post, [':category/'], { timeZone: 'UTC', defaultCategory: 'misc' }),
    ).toEqual(['/misc/'])
  })

  it('skips a pattern whose front-matter key the post lacks', () => {
    expect(legacyPaths(post, [':nonexistent/'], { timeZone: 'UTC', defaultCategory: 'x' })).toEqual([])
  })
})
