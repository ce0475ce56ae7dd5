import { loadPosts } from './content/load-posts'
import type { Post } from './content/post'
import { redirectKey, type LegacyRedirectTable } from './legacy-redirect-table'
import { legacyPaths } from './legacy-urls'
import { isPublished } from './published'
import { OWN_TOP_LEVEL_SEGMENTS, routes } from './routes'
import { siteConfig } from './config'

export interface LegacyRedirect {
  /** The old path, unencoded, as the pattern produced it. */
  from: string
  /** The post's new path. */
  to: string
}

/**
 * Every published post's old URLs → its new page. An old URL two posts would
 * share goes to the first (newest); one that names a path of this site is
 * left alone. Computed once per loaded set of posts.
 */
export function legacyRedirects(): LegacyRedirect[] {
  return redirectIndex().redirects
}

/** The redirect for an old path (trailing slash or not), if any: one lookup, for each export redirect page. */
export function legacyRedirectAt(path: string): LegacyRedirect | undefined {
  return redirectIndex().byPath.get(redirectKey(path))
}

let index: { source: readonly Post[]; redirects: LegacyRedirect[]; byPath: Map<string, LegacyRedirect> } | undefined

function redirectIndex() {
  const posts = loadPosts()
  if (index?.source !== posts) {
    const byPath = buildRedirects(posts)
    index = { source: posts, redirects: [...byPath.values()], byPath }
  }
  return index
}

/** Keyed by `redirectKey(from)`, in order: newest post first. */
function buildRedirects(posts: readonly Post[]): Map<string, LegacyRedirect> {
  const byPath = new Map<string, LegacyRedirect>()
  for (const post of posts) {
    if (!isPublished(post)) continue
    const to = routes.post(post)
    for (const from of legacyPaths(post, siteConfig.legacyPermalinks, {
      timeZone: siteConfig.timezone,
      defaultCategory: siteConfig.defaultCategory,
      categoryMap: siteConfig.categoryMap,
    })) {
      const key = redirectKey(from)
      if (byPath.has(key) || OWN_TOP_LEVEL_SEGMENTS.has(key.split('/')[1]) || key === redirectKey(to)) continue
      byPath.set(key, { from, to })
    }
  }
  return byPath
}

/** The redirects as one table, for the proxy (proxy.ts) to look a request up in. */
export function legacyRedirectTable(): LegacyRedirectTable {
  return Object.fromEntries(Array.from(redirectIndex().byPath, ([from, { to }]) => [from, to]))
}
