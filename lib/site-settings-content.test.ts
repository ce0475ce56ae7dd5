import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { siteConfig } from './config'
import { loadPages } from './content/load-posts'
import type { Post } from './content/post'
import { legacyPaths } from './legacy-urls'
import { getHomePosts, getPosts, getTags, getAllCategories } from './site-data'
import { buildCategories, buildTags } from './taxonomy'

/** A Hexo site root (`_config.yml` beside `source/`) holding `files`. */
function hexoSite(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hexo-site-'))
  for (const [name, text] of Object.entries({ '_config.yml': 'title: T\n', ...files })) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

const post = (title: string, date: string, extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\nBody\n`

// siteConfig was read once for this process (from content/); these tests set the settings they exercise.
const saved = { ...siteConfig }
beforeEach(() => Object.assign(siteConfig, saved))
afterEach(() => {
  Object.assign(siteConfig, saved)
  delete process.env.CONTENT_DIR
})

describe('a Hexo site root as CONTENT_DIR', () => {
  it('reads the posts in source/_posts and its pages as Hexo lays them out', () => {
    process.env.CONTENT_DIR = hexoSite({
      'source/_posts/a.md': post('A', '2020-01-01'),
      'source/about/index.md': post('关于我', '2019-01-01', 'layout: page\n'),
      'source/links.md': post('Links', '2019-01-01'),
      'source/named/index.md': post('Named', '2019-01-01', 'slug: elsewhere\n'),
      'source/deep/er/index.md': post('Too deep', '2019-01-01'),
      'source/_drafts/b.md': post('Draft', '2020-01-01'),
      'source/README.txt': 'not markdown',
    })
    expect(getPosts().map((p) => p.title)).toEqual(['A'])
    expect(loadPages().map((page) => [page.slug, page.title])).toEqual([
      ['about', '关于我'],
      ['links', 'Links'],
      ['elsewhere', 'Named'],
    ])
  })
})

describe('Hexo’s listing settings', () => {
  it('orders the home page by index_generator.order_by, pinned posts still first', () => {
    siteConfig.homeOrder = [
      { key: 'position', descending: false },
      { key: 'date', descending: true },
    ]
    process.env.CONTENT_DIR = hexoSite({
      'source/_posts/old-first.md': post('Old, position 1', '2019-01-01', 'position: 1\n'),
      'source/_posts/new.md': post('New', '2021-01-01', 'position: 9999\n'),
      'source/_posts/newer.md': post('Newer', '2021-06-01', 'position: 9999\n'),
      'source/_posts/unplaced.md': post('No position', '2022-01-01'),
      'source/_posts/pinned.md': post('Pinned', '2018-01-01', 'position: 9999\nsticky: 1\n'),
    })
    expect(getHomePosts().map((p) => p.title)).toEqual(['Pinned', 'Old, position 1', 'Newer', 'New', 'No position'])
    // Other lists stay newest first.
    expect(getPosts()[0].title).toBe('No position')
  })

  it('holds back posts dated after the build with future: false, everywhere', () => {
    siteConfig.future = false
    process.env.CONTENT_DIR = hexoSite({
      'source/_posts/now.md': post('Now', '2020-01-01', 'tags: [kept]\n'),
      'source/_posts/later.md': post('Later', '2999-01-01', 'tags: [future-only]\ncategories: [future-cat]\n'),
    })
    expect(getPosts().map((p) => p.title)).toEqual(['Now'])
    expect(getTags().map((tag) => tag.name)).toEqual(['kept'])
    expect(getAllCategories()).toEqual([])
  })

  it('shows them with future: true, Hexo’s default', () => {
    process.env.CONTENT_DIR = hexoSite({ 'source/_posts/later.md': post('Later', '2999-01-01') })
    expect(getPosts().map((p) => p.title)).toEqual(['Later'])
  })
})

describe('category_map and tag_map', () => {
  const posts = [
    { categories: [['生活', '茶']], tags: ['茶', 'Tea Time'] },
    { categories: [['技术']], tags: ['茶'] },
  ] as unknown as Post[]

  it('give terms their URL names, made safe like any name', () => {
    expect(buildTags(posts, { 茶: 'tea', 'tea time': 'Tea Break!' }).map((tag) => [tag.name, tag.segment])).toEqual([
      ['茶', 'tea'],
      ['Tea Time', 'tea-break'],
    ])
    const categories = buildCategories(posts, { 生活: 'life', 茶: 'tea' })
    const life = categories.find((category) => category.name === '生活')!
    const tech = categories.find((category) => category.name === '技术')!
    expect([life.path, life.children[0].path, tech.path]).toEqual([['life'], ['life', 'tea'], ['技术']])
  })

  it('name the old :category URLs as Hexo did', () => {
    const one = {
      file: 'a.md',
      title: 'A',
      date: new Date('2020-01-01'),
      categories: [['生活', '茶']],
      frontMatter: {},
    } as unknown as Post
    expect(
      legacyPaths(one, [':category/:title/'], { timeZone: 'UTC', defaultCategory: 'x', categoryMap: { 生活: 'life' } }),
    ).toEqual(['/life/茶/a/'])
  })
})
