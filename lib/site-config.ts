/**
 * The site's settings, in one typed object. Edit the values below for your
 * archive; `SITE_URL` (and, for a static export, `BASE_PATH`) come from the
 * environment so one checkout can deploy to several places.
 */
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
}
