import { zonedParts } from './content/dates'
import type { Post } from './content/post'

export interface ArchiveMonth {
  year: number
  /** 1–12 */
  month: number
  posts: Post[]
}

export interface ArchiveYear {
  year: number
  months: ArchiveMonth[]
  posts: Post[]
}

/** Year and month of a date as readers of the site see it: in the site's timezone. */
export function yearMonthOf(date: Date, timeZone: string): { year: number; month: number } {
  const { year, month } = zonedParts(date, timeZone)
  return { year, month }
}

/** Posts (newest first) grouped by year, then month, newest first. */
export function buildArchives(posts: readonly Post[], timeZone: string): ArchiveYear[] {
  const years = new Map<number, ArchiveYear>()
  for (const post of posts) {
    const { year, month } = yearMonthOf(post.date, timeZone)
    let y = years.get(year)
    if (!y) years.set(year, (y = { year, months: [], posts: [] }))
    y.posts.push(post)
    let m = y.months.find((entry) => entry.month === month)
    if (!m) y.months.push((m = { year, month, posts: [] }))
    m.posts.push(post)
  }
  const result = [...years.values()].sort((a, b) => b.year - a.year)
  for (const y of result) y.months.sort((a, b) => b.month - a.month)
  return result
}
