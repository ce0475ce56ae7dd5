import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  archiveListing,
  archiveListingParams,
  categoryListing,
  categoryListingParams,
  homeListing,
  tagListing,
} from './listings'
import { sidebarsFor } from './sidebar'
import { siteConfig } from './config'
import { getPost } from './site-data'

// 8 posts: 7 in tech › web (tag `web`), one pinned in `page` › `2`, a category named like a page number.
beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'listings-'))
  mkdirSync(path.join(root, 'posts'))
  for (let i = 1; i <= 7; i++) {
    writeFileSync(
      path.join(root, 'posts', `p${i}.md`),
      `---\ntitle: Post ${i}\ndate: 2020-0${i}-15\ncategories: [tech, web]\ntags: [web]\n---\nBody ${i}\n`,
    )
  }
  writeFileSync(
    path.join(root, 'posts', 'odd.md'),
    `---\ntitle: Odd\ndate: 2019-05-01\nsticky: 1\ncategories: [page, '2']\nwidgets:\n  - type: toc\n    position: left\n  - type: nonsense\nsidebar:\n  left:\n    sticky: true\n---\n## A\n`,
  )
  process.env.CONTENT_DIR = root
})

describe('listings', () => {
  it('pages the home list, pinned first', async () => {
    const first = (await homeListing(1))!
    expect(first.posts.map((p) => p.title)).toEqual(['Odd', 'Post 7', 'Post 6', 'Post 5', 'Post 4', 'Post 3'])
    expect(first.pageHrefs).toEqual(['/', '/page/2'])
    expect((await homeListing(2))!.posts).toHaveLength(2)
    expect(await homeListing(3)).toBeUndefined()
  })

  it('pages tags', async () => {
    expect((await tagListing('web', 2))!.posts.map((p) => p.title)).toEqual(['Post 1'])
    expect(await tagListing('nope', 1)).toBeUndefined()
  })

  it('reads category paths with and without /page/N; a real category named "page" wins', async () => {
    expect((await categoryListing(['tech']))!.heading).toMatchObject({ kind: 'category', count: 7 })
    expect((await categoryListing(['tech', 'web', 'page', '2']))!.posts).toHaveLength(1)
    expect(await categoryListing(['tech', 'web', 'page', '1'])).toBeUndefined()
    expect(await categoryListing(['tech', 'web', 'page', '3'])).toBeUndefined()
    expect((await categoryListing(['page', '2']))!.posts.map((p) => p.title)).toEqual(['Odd'])
    expect(categoryListingParams()).toContainEqual({ path: ['tech', 'web', 'page', '2'] })
  })

  it('reads archive paths', () => {
    expect(archiveListing([])!.count).toBe(8)
    expect(archiveListing(['2020'])!.count).toBe(7)
    expect(archiveListing(['2020', '03'])!.months.map((m) => m.label)).toEqual(['2020-03'])
    for (const bad of [['2020', '3'], ['2020', '13'], ['1999'], ['page', '1'], ['page', '2'], ['x']]) {
      expect(archiveListing(bad), bad.join('/')).toBeUndefined()
    }
    expect(archiveListingParams()).toContainEqual({ path: ['2019', '05'] })
  })
})

describe('sidebarsFor', () => {
  it('gives the site widgets, the TOC only on a post that has one', () => {
    const sidebars = sidebarsFor()
    expect(sidebars.left.map((w) => w.type)).toEqual(['profile', 'categories', 'tagcloud'])
    expect(sidebars.right.map((w) => w.type)).toEqual(['recent_posts', 'archives'])
  })

  it('bounds the sidebar tag cloud to the most-used tags, linking to all', () => {
    const before = siteConfig.sidebarTags
    siteConfig.sidebarTags = 0
    try {
      const cloud = sidebarsFor().left.find((w) => w.type === 'tagcloud')
      expect(cloud).toMatchObject({ tags: [], total: 1 })
    } finally {
      siteConfig.sidebarTags = before
    }
  })

  it('lets a post’s widgets and sidebar front matter replace the site’s, ignoring unknown types', () => {
    const sidebars = sidebarsFor(getPost('odd'), [{ id: 'a', text: 'A', level: 1 }])
    expect(sidebars.left.map((w) => w.type)).toEqual(['toc'])
    expect(sidebars.right).toEqual([])
    expect(sidebars.leftSticky).toBe(true)
  })
})
