import { describe, expect, it } from 'vitest'
import type { Post } from './content/post'
import { buildCategories, buildTags, flattenCategories } from './taxonomy'

const post = (slug: string, categories: string[][], tags: string[] = []) =>
  ({ slug, categories, tags, date: new Date(Date.UTC(2020, 0, slug.length)) }) as Post

describe('buildTags', () => {
  it('merges names that differ only in case under the most used spelling', () => {
    const tags = buildTags([post('a', [], ['React']), post('bb', [], ['react']), post('ccc', [], ['react'])])
    expect(tags).toHaveLength(1)
    expect(tags[0]).toMatchObject({ name: 'react', segment: 'react' })
    expect(tags[0].posts.map((p) => p.slug)).toEqual(['a', 'bb', 'ccc'])
  })

  it('gives colliding names distinct segments', () => {
    const segments = buildTags([post('a', [], ['c++', 'C-Plus-Plus'])]).map((t) => t.segment)
    expect(new Set(segments).size).toBe(2)
  })
})

describe('buildCategories', () => {
  const posts = [post('a', [['tech', 'rust']]), post('bb', [['tech']]), post('ccc', [['Tech', 'go'], ['life']])]
  const tree = buildCategories(posts)

  it('builds the tree, parents listing their children’s posts, newest first', () => {
    expect(tree.map((c) => c.name)).toEqual(['life', 'tech'])
    const tech = tree.find((c) => c.name === 'tech')!
    expect(tech.children.map((c) => c.name)).toEqual(['go', 'rust'])
    expect(tech.posts.map((p) => p.slug)).toEqual(['ccc', 'bb', 'a'])
    expect(tech.ownPosts.map((p) => p.slug)).toEqual(['bb'])
  })

  it('gives each node its path of segments and its parent', () => {
    const rust = flattenCategories(tree).find((c) => c.name === 'rust')!
    expect(rust.path).toEqual(['tech', 'rust'])
    expect(rust.parent?.name).toBe('tech')
  })
})
