import { describe, expect, it } from 'vitest'
import { staticGenerationWorkers } from './build-workers'

describe('staticGenerationWorkers', () => {
  it('uses every core of a one- or two-core machine, and leaves one to the main process on bigger ones', () => {
    expect([1, 2, 3, 4, 16].map((cores) => staticGenerationWorkers({}, cores))).toEqual([1, 2, 2, 3, 15])
  })

  it('takes BUILD_WORKERS over the default, and names it when it is not a count', () => {
    expect(staticGenerationWorkers({ BUILD_WORKERS: '3' }, 2)).toBe(3)
    expect(staticGenerationWorkers({ BUILD_WORKERS: ' ' }, 2)).toBe(2)
    for (const bad of ['0', '1.5', 'two', '-1'])
      expect(() => staticGenerationWorkers({ BUILD_WORKERS: bad }, 2)).toThrow(
        `BUILD_WORKERS must be a whole number of at least 1, got "${bad}"`,
      )
  })
})
