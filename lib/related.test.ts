import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Post } from './content/post'
import { neighbours, relatedPosts } from './related'

const post = (slug: string, tags: string[]) => ({ slug, tags }) as Post
const posts = [
  post('newest', ['a', 'b']),
  post('middle', ['B']),
  post('target', ['a', 'b', 'c']),
  post('old', ['a']),
  post('oldest', ['z']),
]

describe('neighbours', () => {
  it('gives the newer and older post around one', () => {
    const { newer, older } = neighbours(posts, posts[2])
    expect([newer?.slug, older?.slug]).toEqual(['middle', 'old'])
    expect(neighbours(posts, posts[0]).newer).toBeUndefined()
  })
})

describe('relatedPosts', () => {
  it('ranks by shared tags (case-insensitive), then newer first, and skips unrelated posts', () => {
    expect(relatedPosts(posts, posts[2], 5).map((p) => p.slug)).toEqual(['newest', 'middle', 'old'])
    expect(relatedPosts(posts, posts[2], 1).map((p) => p.slug)).toEqual(['newest'])
  })
})

/** The definition, scanning every post: what the indexed version must equal. */
function relatedByScan(list: readonly Post[], target: Post, limit: number): Post[] {
  const tags = new Set(target.tags.map((t) => t.normalize('NFKC').toLowerCase().trim()))
  if (tags.size === 0) return []
  return list
    .map((other, order) => ({
      other,
      order,
      shared: other.tags.filter((t) => tags.has(t.normalize('NFKC').toLowerCase().trim())).length,
    }))
    .filter((entry) => entry.other !== target && entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.other)
}

describe('relatedPosts over any archive', () => {
  it('equals the full scan, for every post and limit, asked in any order', () => {
    const tagName = fc.constantFrom('a', 'A', 'b', 'ｂ', 'c', ' c', 'd', '中文', 'e')
    fc.assert(
      fc.property(
        fc.array(fc.array(tagName, { maxLength: 5 }), { minLength: 1, maxLength: 40 }),
        fc.nat({ max: 8 }),
        (tagLists, limit) => {
          const list = tagLists.map((tags, i) => post(`p${i}`, tags))
          for (const target of [...list].reverse())
            expect(relatedPosts(list, target, limit)).toEqual(relatedByScan(list, target, limit))
          const { newer, older } = neighbours(list, list[list.length - 1])
          expect([newer, older]).toEqual([list[list.length - 2], undefined])
        },
      ),
    )
  })
})
