import { describe, expect, it } from 'vitest'
import { pageCount, pageWindow, paginate } from './paginate'

describe('paginate', () => {
  it('slices pages and refuses pages that do not exist', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 3)).toEqual({ items: [5], pageCount: 3 })
    expect(paginate([1, 2, 3], 2, 3)).toBeUndefined()
    expect(paginate([1, 2, 3], 2, 0)).toBeUndefined()
    expect(paginate([], 6, 1)).toEqual({ items: [], pageCount: 1 })
    // Hexo's `per_page: 0`: no paging.
    expect(paginate([1, 2, 3], 0, 1)).toEqual({ items: [1, 2, 3], pageCount: 1 })
    expect(paginate([1, 2, 3], 0, 2)).toBeUndefined()
    expect(pageCount(13, 6)).toBe(3)
  })
})

describe('pageWindow', () => {
  it('shows first, last and two either side of the current page, with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(1, 834)).toEqual([1, 2, 3, null, 834])
    expect(pageWindow(400, 834)).toEqual([1, null, 398, 399, 400, 401, 402, null, 834])
    expect(pageWindow(5, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9])
  })
})
