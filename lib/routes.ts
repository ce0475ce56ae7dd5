import type { Post } from './content/post'
import type { CategoryNode, TaxonomyTerm } from './taxonomy'

/**
 * Every path the site links to is built here, from URL segments that
 * url-segment.ts made. Paths are root-relative and unencoded; `absoluteUrl`
 * makes the encoded absolute form for feeds.
 */
export const routes = {
  home: () => '/',
  page: (n: number) => paged('/', n),
  post: (post: Pick<Post, 'slug'>) => `/posts/${post.slug}`,
  tags: () => '/tags',
  tag: (tag: Pick<TaxonomyTerm, 'segment'>, n = 1) => paged(`/tags/${tag.segment}`, n),
  categories: () => '/categories',
  category: (category: Pick<CategoryNode, 'path'>, n = 1) => paged(`/categories/${category.path.join('/')}`, n),
  archives: (n = 1) => paged('/archives', n),
  archiveYear: (year: number, n = 1) => paged(`/archives/${year}`, n),
  archiveMonth: (year: number, month: number, n = 1) => paged(`/archives/${year}/${String(month).padStart(2, '0')}`, n),
  rss: () => '/feed.xml',
}

/** Page 1 of a list is its base path; page N is `<base>/page/N` (Hexo's scheme). */
export function paged(base: string, n: number): string {
  if (n <= 1) return base
  return `${base === '/' ? '' : base}/page/${n}`
}

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).href
}
