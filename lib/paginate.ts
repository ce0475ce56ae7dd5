/** Page `page` (1-based) of `items`; `undefined` when the page does not exist. */
export function paginate<T>(
  items: readonly T[],
  perPage: number,
  page: number,
): { items: T[]; pageCount: number } | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage))
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
  return { items: items.slice((page - 1) * perPage, page * perPage), pageCount }
}

export function pageCount(itemCount: number, perPage: number): number {
  return Math.max(1, Math.ceil(itemCount / perPage))
}
