import { describe, expect, it } from 'vitest'
import { forEachLimited } from './pool'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('forEachLimited', () => {
  it('runs every item, at most `limit` at once', async () => {
    let running = 0
    let most = 0
    const done: number[] = []
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running)
      await tick()
      running--
      done.push(n)
    })
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })

  it('starts nothing new after a failure and settles the running tasks before rejecting', async () => {
    const started: number[] = []
    let settled = 0
    const run = forEachLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n)
      await tick()
      if (n === 1) throw new Error('one failed')
      await tick()
      settled++
    })
    await expect(run).rejects.toThrow('one failed')
    expect(started).toEqual([1, 2])
    expect(settled).toBe(1)
  })
})
