import { describe, expect, it } from 'vitest'
import type { Post } from './content/post'
import { parsePrerenderPosts, prerenderedSegments, prerenderLimitFor } from './prerender-posts'

describe('parsePrerenderPosts', () => {
  it('reads unset or empty as "every post"', () => {
    expect(parsePrerenderPosts(undefined)).toBeUndefined()
    expect(parsePrerenderPosts('')).toBeUndefined()
    expect(parsePrerenderPosts('  ')).toBeUndefined()
  })

  it('reads a whole number of posts, 0 included', () => {
    expect(parsePrerenderPosts('0')).toBe(0)
    expect(parsePrerenderPosts('50')).toBe(50)
    expect(parsePrerenderPosts(' 20000 ')).toBe(20000)
  })

  it('stops on anything else, naming the variable and the value', () => {
    for (const bad of ['-1', '1.5', 'ten', '1e3', '+3', '0x10', '50 posts', '99999999999999999999']) {
      expect(() => parsePrerenderPosts(bad)).toThrow(`PRERENDER_POSTS must be a whole number`)
      expect(() => parsePrerenderPosts(bad)).toThrow(JSON.stringify(bad))
    }
  })
})

describe('prerenderLimitFor', () => {
  it('is the parsed value in a server build', () => {
    expect(prerenderLimitFor('3', false)).toBe(3)
    expect(prerenderLimitFor(undefined, false)).toBeUndefined()
    expect(() => prerenderLimitFor('many', false)).toThrow('PRERENDER_POSTS')
  })

  it('is ignored by a static export, which writes every post', () => {
    expect(prerenderLimitFor('3', true)).toBeUndefined()
    expect(prerenderLimitFor('many', true)).toBeUndefined()
  })
})

describe('prerenderedSegments', () => {
  const post = (slug: string) => ({ slug }) as Post
  // Newest first, as getPosts() gives them.
  const posts = [post('newest'), post('newer'), post('older'), post('oldest')]
  const aliases: [string, Post][] = [
    ['Newest', posts[0]],
    ['Oldest', posts[3]],
    ['old-form-of-newer', posts[1]],
  ]

  it('without a limit: every post and every alias', () => {
    expect(prerenderedSegments(posts, aliases, undefined)).toEqual([
      'newest',
      'newer',
      'older',
      'oldest',
      'Newest',
      'Oldest',
      'old-form-of-newer',
    ])
  })

  it('with a limit: the newest K posts and the aliases of those only', () => {
    expect(prerenderedSegments(posts, aliases, 2)).toEqual(['newest', 'newer', 'Newest', 'old-form-of-newer'])
    expect(prerenderedSegments(posts, aliases, 1)).toEqual(['newest', 'Newest'])
  })

  it('0 prerenders no post; a limit past the archive prerenders all of it', () => {
    expect(prerenderedSegments(posts, aliases, 0)).toEqual([])
    expect(prerenderedSegments(posts, aliases, 10)).toEqual(prerenderedSegments(posts, aliases, undefined))
  })
})
