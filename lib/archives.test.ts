import { describe, expect, it } from 'vitest'
import { buildArchives, yearMonthOf } from './archives'
import type { Post } from './content/post'

const post = (iso: string) => ({ slug: iso, date: new Date(iso) }) as Post

describe('buildArchives', () => {
  it('groups newest-first posts by year and month, newest first', () => {
    const years = buildArchives(
      [
        post('2021-03-02T00:00:00Z'),
        post('2021-01-05T00:00:00Z'),
        post('2021-01-01T00:00:00Z'),
        post('2019-12-31T00:00:00Z'),
      ],
      'UTC',
    )
    expect(years.map((y) => [y.year, y.months.map((m) => [m.month, m.posts.length])])).toEqual([
      [
        2021,
        [
          [3, 1],
          [1, 2],
        ],
      ],
      [2019, [[12, 1]]],
    ])
  })

  it('reads year and month in the site timezone', () => {
    expect(yearMonthOf(new Date('2019-12-31T20:00:00Z'), 'Asia/Shanghai')).toEqual({ year: 2020, month: 1 })
    expect(yearMonthOf(new Date('2019-12-31T20:00:00Z'), 'UTC')).toEqual({ year: 2019, month: 12 })
  })
})
