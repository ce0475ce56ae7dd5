import { slugize } from 'hexo-util'
import { zonedParts } from './content/dates'
import type { Post } from './content/post'

/**
 * The URLs a post had on the old Hexo site, from permalink patterns in
 * Hexo's own syntax, so old links and bookmarks can be redirected to the new
 * page. Tokens follow Hexo 8's post_permalink filter: `:post_title` and
 * `:category` go through hexo-util's `slugize`, as Hexo did.
 */
export interface LegacyUrlOptions {
  timeZone: string
  /** Hexo's `default_category`: `:category` of a post without one. */
  defaultCategory: string
  /** Hexo's `category_map`: a category's URL name, slugged as Hexo slugs it. */
  categoryMap?: Readonly<Record<string, string>>
}

export function legacyPaths(post: Post, patterns: readonly string[], options: LegacyUrlOptions): string[] {
  const values = tokenValues(post, options)
  const paths = patterns.flatMap((pattern) => {
    let missing = false
    const path = pattern.replace(/:([a-z_][\w]*)/gi, (_, token: string) => {
      const value = values[token] ?? frontMatterValue(post, token)
      if (value === undefined) missing = true
      return value ?? ''
    })
    // A dot segment (a permlink `../x`) is resolved away by every browser before the request: no old link reached it.
    if (missing || path.split('/').some((segment) => segment === '.' || segment === '..')) return []
    return [`/${path.replace(/^\/+/, '')}`]
  })
  return [...new Set(paths)]
}

function tokenValues(
  post: Post,
  { timeZone, defaultCategory, categoryMap = {} }: LegacyUrlOptions,
): Record<string, string> {
  const { year, month, day, hour, minute, second } = zonedParts(post.date, timeZone)
  const pad = (n: number | string) => String(n).padStart(2, '0')
  const fileName = post.file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(md|markdown)$/i, '')
  // Hexo's `:category` is the post's last category, as the path of its slugs (hexo/lib/models/category.ts).
  const lastPath = post.categories.at(-1)
  return {
    year: String(year),
    month: pad(month),
    i_month: String(month),
    day: pad(day),
    i_day: String(day),
    hour: pad(hour),
    minute: pad(minute),
    second: pad(second),
    title: fileName,
    name: fileName,
    post_title: slugize(post.title),
    category: lastPath ? lastPath.map((name) => slugize(categoryMap[name] ?? name)).join('/') : defaultCategory,
  }
}

function frontMatterValue(post: Post, key: string): string | undefined {
  const value = post.frontMatter[key]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}
