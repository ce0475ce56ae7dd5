/**
 * The site's settings, in one typed object. Edit the values below for your
 * archive; `SITE_URL` comes from the environment so one checkout can deploy
 * to several places.
 */

/** Sidebar widgets, as in Icarus. A post's own `widgets` front matter replaces this list on its page. */
export type WidgetType = 'profile' | 'toc' | 'recent_posts' | 'categories' | 'tagcloud' | 'archives'

export interface WidgetConfig {
  type: WidgetType
  position: 'left' | 'right'
}

export interface SiteConfig {
  title: string
  description: string
  author: string
  /** Absolute origin used in feeds and canonical links, without a trailing slash. */
  url: string
  /** BCP 47 tag for `<html lang>` and feeds. */
  language: string
  /** IANA zone in which zone-less front-matter dates are read (Hexo's `timezone`). */
  timezone: string
  perPage: { home: number; tag: number; category: number; archive: number }
  /** Heading levels the table of contents lists. */
  toc: { minDepth: number; maxDepth: number }
  feed: { limit: number }
  nav: { label: string; href: string }[]
  profile: { name: string; avatar?: string; bio: string; links: { label: string; href: string }[] }
  widgets: WidgetConfig[]
  /** Icarus `sidebar.<side>.sticky`: the whole column stays in view while scrolling. */
  sidebar: { left: { sticky: boolean }; right: { sticky: boolean } }
  recentPosts: number
  /** Most-used tags in the sidebar tag cloud (the /tags page lists them all). */
  sidebarTags: number
  license: { name: string; url: string }
  /**
   * The old site's post URLs, in Hexo's permalink syntax, each redirected
   * permanently to the post's new URL: `:year` `:month` `:day` `:i_month`
   * `:i_day` `:hour` `:minute` `:second` `:title` (file name) `:name`
   * `:post_title` (title through Hexo's slugger) `:category`, and any
   * front-matter key (`:permlink`).
   */
  legacyPermalinks: string[]
  /** Hexo's `default_category`, for `:category` in posts without one. */
  defaultCategory: string
  /**
   * The conversation under each post (`_replies/<name>.json`, written by `npm run sync`):
   * `order` at every level (muted replies go last, as on Steemit); the replies under a
   * reply at `collapseDepth` start collapsed (and again every as many levels), and so do
   * the replies after the first `collapseAfter` at any level.
   */
  replies: { order: 'oldest' | 'newest'; collapseDepth: number; collapseAfter: number }
  /**
   * How post bodies are read (lib/markdown/dialect.ts). `dialect`: `steemit`
   * reads them as Steemit showed them — a single newline is a line break;
   * `<br>`, `<hr>` or an inline tag alone on a line does not swallow the
   * markdown after it; `@account` mentions link — and `commonmark` is plain
   * CommonMark + GFM, for blogs written for Hexo. `chain`: where mentions go,
   * `steem` (steemit.com) or `hive` (hive.blog); the `author`'s own link here.
   */
  markdown: { dialect: 'steemit' | 'commonmark'; chain: 'steem' | 'hive' }
}

export const siteConfig: SiteConfig = {
  title: 'Steem Archive',
  description: 'Posts from the Steemit blockchain, kept as a fast static reading site.',
  author: 'demo-author',
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  language: 'zh-CN',
  timezone: 'UTC',
  perPage: { home: 6, tag: 6, category: 6, archive: 20 },
  toc: { minDepth: 2, maxDepth: 4 },
  feed: { limit: 20 },
  nav: [
    { label: 'Home', href: '/' },
    { label: 'Archives', href: '/archives' },
    { label: 'Categories', href: '/categories' },
    { label: 'Tags', href: '/tags' },
    { label: 'About', href: '/about' },
  ],
  profile: {
    name: 'demo-author',
    bio: 'Writing on Steemit since 2018: tea, travel, code and community. 在 Steemit 上写茶、旅行、代码和社区。',
    links: [{ label: 'Steemit', href: 'https://steemit.com/@demo-author' }],
  },
  widgets: [
    { type: 'profile', position: 'left' },
    { type: 'categories', position: 'left' },
    { type: 'tagcloud', position: 'left' },
    { type: 'toc', position: 'right' },
    { type: 'recent_posts', position: 'right' },
    { type: 'archives', position: 'right' },
  ],
  sidebar: { left: { sticky: false }, right: { sticky: false } },
  recentPosts: 5,
  sidebarTags: 30,
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  // The source blogs: Hexo's `:category/:post_title/`, and the GitHub Pages sites' `/@account/<permlink>/`.
  legacyPermalinks: [':category/:post_title/', '@demo-author/:permlink/'],
  defaultCategory: 'uncategorized',
  replies: { order: 'oldest', collapseDepth: 5, collapseAfter: 10 },
  markdown: { dialect: 'steemit', chain: 'steem' },
}
