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
