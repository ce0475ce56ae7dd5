/**
 * Every word the interface shows, in one typed shape per language. Strings
 * with `{name}` take values (`fillTemplate`); a `Plural` has the forms
 * `Intl.PluralRules` picks between (`pluralTemplate`). Plain data, so client
 * components receive their part as props.
 */

/** English needs two forms ("1 reply", "2 replies"); Chinese, Japanese and Korean use `other` alone. */
export interface Plural {
  one: string
  other: string
}

export interface SearchMessages {
  /** The header's search link. */
  open: string
  dialog: string
  field: string
  placeholder: string
  results: string
  idle: string
  loading: string
  error: string
  /** `{query}` */
  none: string
  /** `{count}`, `{query}` */
  found: Plural
  /** Appended to `found` when not all are listed: `{shown}` */
  bestShown: string
  /** `{count}` */
  all: string
  orEnter: string
  more: string
}

/** What the search UI (client components) is handed: its words and their language, for plural forms. */
export type SearchStrings = SearchMessages & { locale: string }

export interface TocMessages {
  /** The heading above the list. */
  title: string
  /** The navigation landmark's name. */
  label: string
}

export interface ThemeMessages {
  toDark: string
  toLight: string
}

export interface ReplyMessages {
  title: string
  /** `{count}` */
  count: Plural
  none: string
  /** Around the date the thread was archived: `{where}` is Steemit or Hive. */
  archived: { before: string; after: string }
  /** `{where}` */
  replyOn: string
  deleted: string
  muted: string
  /** `{count}` */
  more: Plural
  /** `{count}` */
  votes: Plural
}

export interface Messages {
  /** BCP 47 tag of these strings: plural rules and number formats. */
  locale: string
  skipToContent: string
  menu: {
    /** The header navigation landmark. */
    label: string
    /** The phone menu button. */
    button: string
    home: string
    archives: string
    categories: string
    tags: string
    about: string
    rss: string
  }
  theme: ThemeMessages
  sidebar: { left: string; right: string }
  widget: {
    profile: string
    recentPosts: string
    categories: string
    tags: string
    archives: string
    posts: string
    follow: string
    allByMonth: string
    /** `{count}` */
    allTags: string
    /** `{count}`: a tag's number of posts */
    tagPosts: Plural
  }
  list: {
    pinned: string
    /** `{page}` */
    page: string
    tag: string
    category: string
    subcategories: string
    archives: string
    /** `{period}`: 2020, 2020-03 */
    archivesOf: string
    tags: string
    categories: string
  }
  pagination: {
    label: string
    newer: string
    older: string
    /** `{page}` */
    page: string
  }
  post: {
    categories: string
    tags: string
    /** `{count}` */
    words: Plural
    /** `{count}` */
    minutes: Plural
    /** Before the link to the post on Steemit. */
    source: string
    neighbours: string
    newer: string
    older: string
    related: string
    moved: string
    movedTitle: string
  }
  toc: TocMessages
  backToTop: string
  /** The code blocks' copy button (its label itself is written by the renderer, lib/markdown). */
  code: { copied: string; pressCtrlC: string }
  search: SearchMessages & { title: string; loadingPage: string }
  notFound: { title: string; text: string; home: string }
  /** Around the license links in the footer. */
  license: { before: string; after: string }
  replies: ReplyMessages
}
