/**
 * Ids of the page's own elements around a post. A heading in a post never
 * takes one of them (rehype-heading-ids.ts), so `#main` always means the
 * page's main landmark, whatever the author titled a section.
 */
export const PAGE_IDS = {
  main: 'main',
  relatedPosts: 'related-posts',
  replies: 'replies',
  repliesTitle: 'replies-title',
  siteMenu: 'site-menu',
} as const

export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(PAGE_IDS))
