/** A post as the rest of the site sees it: validated, normalized, not yet rendered. */
export interface Post {
  /** Path relative to the working directory, for messages. */
  file: string
  /** URL segment: `permlink`, else `slug`, else the file name, as written when URL-safe (url-segment.ts). Unique. */
  slug: string
  /** Other segments that lead to this post by redirect (the name as written, an earlier form). */
  aliases: string[]
  /** `permlink` when the post came from Steemit (used to map steemit.com links). */
  permlink?: string
  title: string
  date: Date
  updated: Date
  /** Category paths, each parent → child (Hexo semantics). */
  categories: string[][]
  tags: string[]
  thumbnail?: string
  toc: boolean
  tocNumbered: boolean
  /** Icarus layout overrides, kept as written. */
  sidebar?: unknown
  widgets?: unknown
  /** Higher first on the home page; 0 = not pinned. */
  sticky: number
  draft: boolean
  lang?: string
  /** Every front-matter key as written, unknown ones included. */
  frontMatter: Record<string, unknown>
  /** Markdown body, front matter removed. */
  body: string
}
