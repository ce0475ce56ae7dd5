import type { Post } from './content/post'
import { staticExport, withBasePath } from './deployment'
import type { CategoryNode, TaxonomyTerm } from './taxonomy'

/**
 * Every path the site links to is built here, from URL segments that
 * url-segment.ts made. Paths are root-relative, unencoded and without the
 * base path (Next's <Link> adds it); `absoluteUrl` makes the encoded absolute
 * form, base path included, for feeds, sitemaps and HTML inside posts.
 */
export const routes = {
  home: () => '/',
  page: (n: number) => paged('/', n),
  post: (post: Pick<Post, 'slug'>) => page(`/posts/${post.slug}`),
  standalone: (page_: Pick<Post, 'slug'>) => page(`/${page_.slug}`),
  tags: () => page('/tags'),
  tag: (tag: Pick<TaxonomyTerm, 'segment'>, n = 1) => paged(`/tags/${tag.segment}`, n),
  categories: () => page('/categories'),
  category: (category: Pick<CategoryNode, 'path'>, n = 1) => paged(`/categories/${category.path.join('/')}`, n),
  archives: (n = 1) => paged('/archives', n),
  archiveYear: (year: number, n = 1) => paged(`/archives/${year}`, n),
  archiveMonth: (year: number, month: number, n = 1) => paged(`/archives/${year}/${String(month).padStart(2, '0')}`, n),
  search: () => page('/search'),
  /** Pagefind's search script; the index files sit beside it (app/pagefind). */
  searchScript: () => '/pagefind/pagefind.js',
  rss: () => '/feed.xml',
  atom: () => '/atom.xml',
  jsonFeed: () => '/feed.json',
  tagFeed: (tag: Pick<TaxonomyTerm, 'segment'>) => `/feeds/tags/${tag.segment}.xml`,
  categoryFeed: (category: Pick<CategoryNode, 'path'>) => `/feeds/categories/${category.path.join('/')}.xml`,
}

/**
 * First path segments the site serves itself (the routes above, Next's
 * assets, public/ files): a standalone page cannot take one, and an old URL
 * starting with one is never redirected.
 */
export const OWN_TOP_LEVEL_SEGMENTS: ReadonlySet<string> = new Set([
  'posts',
  'tags',
  'categories',
  'archives',
  'page',
  'feeds',
  'search',
  'pagefind',
  'site-assets',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
  'robots.txt',
  'icon.svg',
  '_next',
])

/** Page 1 of a list is its base path; page N is `<base>/page/N` (Hexo's scheme). */
function paged(base: string, n: number): string {
  if (n <= 1) return page(base)
  return page(`${base === '/' ? '' : base}/page/${n}`)
}

/** A page's path; in a static export it ends in `/` (a folder with an index.html). */
function page(path: string): string {
  return staticExport && path !== '/' ? `${path}/` : path
}

/** The absolute, percent-encoded URL of a site path, base path included. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(withBasePath(path), `${siteUrl}/`).href
}
