import { describe, expect, it } from 'vitest'
import type { Post } from './content/post'
import { renderOneByOne } from './render-every-post'

const post = (slug: string) => ({ slug }) as Post

describe('renderOneByOne', () => {
  it('starts each render only after the one before has finished, and keeps the order', async () => {
    const events: string[] = []
    const render = async (p: Post) => {
      events.push(`start ${p.slug}`)
      await new Promise((resolve) => setImmediate(resolve))
      events.push(`end ${p.slug}`)
      return p.slug.toUpperCase()
    }
    expect(await renderOneByOne([post('a'), post('b'), post('c')], render)).toEqual(['A', 'B', 'C'])
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
  })
})

describe('two builders, one from each end, sharing a cache', () => {
  it('render every post once between them', async () => {
    const posts = Array.from({ length: 40 }, (_, at) => post(`p${at}`))
    const cache = new Set<string>()
    let renders = 0
    const cachedRender = async (p: Post) => {
      if (cache.has(p.slug)) return p.slug
      await new Promise((resolve) => setImmediate(resolve)) // the render's own awaits
      renders += 1
      cache.add(p.slug)
      return p.slug
    }
    await Promise.all([renderOneByOne(posts, cachedRender), renderOneByOne([...posts].reverse(), cachedRender)])
    expect(cache.size).toBe(40)
    expect(renders).toBeLessThanOrEqual(41) // they may both take the post where they meet
  })
})
