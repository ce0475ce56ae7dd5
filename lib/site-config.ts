/**
 * The shape of the site's settings, and their defaults. The settings
 * themselves come from the content folder (lib/config: Hexo's `_config.yml`
 * and theme config, this site's own `site.yml`, the environment), merged over
 * these defaults once per process; read them as `siteConfig` from `lib/config`.
 */
import type { UiLanguage } from './i18n'

/** Sidebar widgets, as in Icarus. A post's own `widgets` front matter replaces this list on its page. */
export type WidgetType = 'profile' | 'toc' | 'recent_posts' | 'categories' | 'tagcloud' | 'archives'

export interface WidgetConfig {
  type: WidgetType
  position: 'left' | 'right'
}

/** A link with its text, as Icarus's menus and link lists are written (`Text: url`). */
export interface LinkConfig {
  label: string
  href: string
}

/** The words of the default menu: the interface's own, in its language. */
export type MenuWord = 'home' | 'archives' | 'categories' | 'tags' | 'about'

/** A menu item: its text as configured (Icarus `navbar.menu`), or one of the interface's words. */
export type NavItemConfig = { href: string } & ({ label: string } | { word: MenuWord })

/** Icarus's profile widget. */
export interface ProfileConfig {
  name: string
  /** `author_title`: a line under the name. */
  title?: string
  location?: string
  /** An absolute URL, or a path the site serves (local files are checked when the config is read). */
  avatar?: string
  avatarRounded: boolean
  /** `follow_link`: the profile's Follow button. */
  followLink?: string
  /** `social_links`. */
  links: LinkConfig[]
}

/** One key of Hexo's `index_generator.order_by` (`position -date` → position ascending, then date descending). */
export interface SortKey {
  key: string
  descending: boolean
}

export interface SiteConfig {
  title: string
  /** Hexo's `subtitle`: the feeds' and pages' description when `description` is empty. */
  subtitle: string
  description: string
  author: string
  /** Absolute origin used in feeds and canonical links, without a trailing slash (`SITE_URL`, else Hexo's `url`). */
  url: string
  /** The path the site is served under, `''` or `/name` (`BASE_PATH`, else Hexo's `root`). */
  root: string
  /** BCP 47 tag of the site's text: `<html lang>`, feeds, search, dates. */
  language: string
  /** The interface's words (menu, widget titles, dates' names…); follows `language` unless set apart. */
  uiLanguage: UiLanguage
  /** IANA zone in which zone-less front-matter dates are read and dates are shown (Hexo's `timezone`). */
  timezone: string
  /** Hexo's `date_format` (Moment.js tokens); unset: the language's long date. */
  dateFormat?: string
  /** Posts per page; 0 puts a whole list on one page (Hexo's `per_page: 0`). */
  perPage: { home: number; tag: number; category: number; archive: number }
  /** Home page order before pinned posts are lifted (Hexo's `index_generator.order_by`). */
  homeOrder: SortKey[]
  /** Heading levels the table of contents lists. */
  toc: { minDepth: number; maxDepth: number }
  /**
   * Newest `limit` posts (0: all). The Atom feed is always at /atom.xml and RSS
   * at /feed.xml; hexo-generator-feed's other `path`s serve them too.
   */
  feed: { limit: number; atomPaths: string[]; rssPaths: string[] }
  nav: NavItemConfig[]
  /** Icarus `navbar.links`: after the menu. */
  navLinks: LinkConfig[]
  /** Icarus `footer.links`. */
  footerLinks: LinkConfig[]
  /** Icarus `logo`: an image in place of the title, or other text. */
  logo?: { image: string } | { text: string }
  /** Icarus `head.favicon`; unset: the site's own icon. */
  favicon?: string
  profile: ProfileConfig
  widgets: WidgetConfig[]
  /** Icarus `sidebar.<side>.sticky`: the whole column stays in view while scrolling. */
  sidebar: { left: { sticky: boolean }; right: { sticky: boolean } }
  recentPosts: number
  /** Most-used tags in the sidebar tag cloud (the /tags page lists them all); Icarus's tags widget `amount`. */
  sidebarTags: number
  /** Icarus `article.readtime`: words and reading time above each post. */
  readingTime: boolean
  /** Icarus `plugins.back_to_top` and `plugins.progressbar` (here: reading progress). */
  readingAids: { backToTop: boolean; progressBar: boolean }
  /** Icarus `article.licenses`: in the footer and the feeds. */
  licenses: LinkConfig[]
  /** Hexo's `category_map` / `tag_map`: name → URL segment. */
  categoryMap: Record<string, string>
  tagMap: Record<string, string>
  /** Hexo's `future`: posts dated after the build are shown (`true`, Hexo's default) or held back. */
  future: boolean
  /**
   * The old site's post URLs, in Hexo's permalink syntax, each redirected
   * permanently to the post's new URL: `:year` `:month` `:day` `:i_month`
   * `:i_day` `:hour` `:minute` `:second` `:title` (file name) `:name`
   * `:post_title` (title through Hexo's slugger) `:category`, and any
   * front-matter key (`:permlink`). Hexo's `permalink` comes first.
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

/**
 * What every site starts from, before its settings: Hexo's defaults where
 * Hexo has the setting, this site's otherwise. Only defaults: a site's own
 * values live in its content folder (the demo's in `content/site.yml`).
 */
export const defaultSiteConfig: SiteConfig = {
  title: 'Steem Archive',
  subtitle: '',
  description: '',
  author: '',
  url: 'http://localhost:3000',
  root: '',
  language: 'en',
  uiLanguage: 'en',
  timezone: 'UTC',
  perPage: { home: 6, tag: 6, category: 6, archive: 20 },
  homeOrder: [{ key: 'date', descending: true }],
  toc: { minDepth: 2, maxDepth: 4 },
  feed: { limit: 20, atomPaths: [], rssPaths: [] },
  nav: [
    { word: 'home', href: '/' },
    { word: 'archives', href: '/archives' },
    { word: 'categories', href: '/categories' },
    { word: 'tags', href: '/tags' },
    { word: 'about', href: '/about' },
  ],
  navLinks: [],
  footerLinks: [],
  profile: { name: '', avatarRounded: false, links: [] },
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
  readingTime: true,
  readingAids: { backToTop: true, progressBar: true },
  licenses: [],
  categoryMap: {},
  tagMap: {},
  future: true,
  legacyPermalinks: [],
  defaultCategory: 'uncategorized',
  replies: { order: 'oldest', collapseDepth: 5, collapseAfter: 10 },
  markdown: { dialect: 'steemit', chain: 'steem' },
}
