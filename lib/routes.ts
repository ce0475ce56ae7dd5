import type { Post } from './content/post'
import type { CategoryNode, TaxonomyTerm } from './taxonomy'

/**
 * Every path the site links to is built here, from URL segments that
 * url-segment.ts made. Paths are root-relative and unencoded; `absoluteUrl`
 * makes the encoded absolute form for feeds.
 */
export const routes = {
  home: () => '/',
  page: (n: number) => (n <= 1 ? '/' : `/page/${n}`),
  post: (post: Pick<Post, 'slug'>) => `/posts/${post.slug}`,
  tag: (tag: Pick<TaxonomyTerm, 'segment'>) => `/tags/${tag.segment}`,
  category: (category: Pick<CategoryNode, 'path'>) => `/categories/${category.path.join('/')}`,
  rss: () => '/feed.xml',
}

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).href
}
