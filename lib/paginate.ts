/** Page `page` (1-based) of `items`; `undefined` when the page does not exist. `perPage` 0: one page (Hexo's `per_page: 0`). */
export function paginate<T>(
  items: readonly T[],
  perPage: number,
  page: number,
): { items: T[]; pageCount: number } | undefined {
  const count = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined
  if (perPage <= 0) return { items: [...items], pageCount: 1 }
  return { items: items.slice((page - 1) * perPage, page * perPage), pageCount: count }
}

export function pageCount(itemCount: number, perPage: number): number {
  return perPage <= 0 ? 1 : Math.max(1, Math.ceil(itemCount / perPage))
}

/**
 * The page numbers to show: first, last, and two either side of the current
 * one, with `null` for a gap — a list of 800 pages gets 7 links, not 800.
 */
export function pageWindow(page: number, count: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b)
  // A gap of one page shows that page instead of "…".
  return shown.flatMap((n, i) => {
    const gap = i > 0 ? n - shown[i - 1] : 1
    return gap === 1 ? [n] : gap === 2 ? [n - 1, n] : [null, n]
  })
}
