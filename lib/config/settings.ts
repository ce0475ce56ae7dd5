import { parseDateFormat, DATE_TOKENS } from '../date-format'
import { UI_LANGUAGES } from '../i18n'
import {
  either,
  entries,
  fields,
  flag,
  formatPath,
  INVALID,
  list,
  map,
  oneOf,
  text,
  wholeNumber,
  type FieldsOf,
  type Rule,
} from './schema'
import { widgetList } from './widget-settings'
import type { LinkConfig } from '../site-config'

/**
 * The settings a site can give, under the names Hexo and Icarus give them
 * (snake_case, as in `_config.yml` and `_config.icarus.yml`), so a Hexo user
 * reads our `site.yml` as theirs. Values come out checked and normalized.
 */

function checkLanguage(value: string): string | undefined {
  try {
    Intl.getCanonicalLocales(value.replace(/_/g, '-'))
    return undefined
  } catch {
    return `"${value}" is not a language tag (like en, zh-CN, zh-TW, ko, ja)`
  }
}

function checkTimeZone(value: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return undefined
  } catch {
    return `"${value}" is not a time zone (IANA names like Asia/Shanghai, America/New_York, UTC)`
  }
}

function checkUrl(value: string): string | undefined {
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined
  } catch {
    // reported below
  }
  return `"${value}" is not an http(s) URL (like https://blog.example.com)`
}

function checkDateFormat(value: string): string | undefined {
  const parsed = parseDateFormat(value)
  return 'unsupported' in parsed
    ? `the token "${parsed.unsupported}" is not supported (supported: ${DATE_TOKENS.join(', ')}; put text in [brackets])`
    : undefined
}

function checkOrderBy(value: string): string | undefined {
  return /^(-?[\w.]+)(\s+-?[\w.]+)*$/.test(value)
    ? undefined
    : `"${value}" is not a list of front-matter keys (like "-date" or "position -date")`
}

/** Hexo's `language` may be a list; the first is the site's. `default` (Hexo's fallback file) means unset. */
const LANGUAGE = map(list(text(checkLanguage), { single: true }), (tags) => {
  const first = tags.find((tag) => tag !== 'default')
  return first ? Intl.getCanonicalLocales(first.replace(/_/g, '-'))[0] : INVALID
})

/** `/@account/`, `blog` → `/@account`, `/blog`; `/` → `''`. */
const ROOT = map(
  text((value) => (/\s/.test(value) ? `"${value}" is not a path (like /blog/)` : undefined)),
  (value) => (value.replace(/^\/+|\/+$/g, '') ? `/${value.replace(/^\/+|\/+$/g, '')}` : ''),
)

/** An image's path or URL; a local file that is not there is reported and left out (see Reporter.resolveImage). */
export const IMAGE: Rule<string> = map(text(), (value, path, reporter) =>
  reporter.resolveImage ? (reporter.resolveImage(value, path) ?? INVALID) : value,
)

const PER_PAGE = wholeNumber(0, ' (0: all on one page)')

/** Icarus's links: `Text: url`, or `Text: { url, icon }` (icons are not shown: the text is). */
export const LINKS: Rule<LinkConfig[]> = map(
  entries(
    either(text(), fields({ url: text(), icon: either(text(), list(text())) })),
    'a mapping of link texts to URLs',
  ),
  (pairs, path, reporter) =>
    pairs.flatMap(([label, value]) => {
      const href = typeof value === 'string' ? value : value.url
      if (href) return [{ label, href }]
      reporter.problem([...path, label], `${formatPath([...path, label])} has no url`)
      return []
    }),
)

const MENU: Rule<LinkConfig[]> = map(entries(text(), 'a mapping of menu texts to paths or URLs'), (pairs) =>
  pairs.map(([label, href]) => ({ label, href })),
)

const NAME_MAP = map(entries(text(), 'a mapping of names to URL names'), (pairs) => Object.fromEntries(pairs))

/** hexo-generator-feed's `limit`: a number, or 0 / false for every post. */
const FEED_LIMIT: Rule<number> = {
  expected: 'a whole number (0 or false: every post)',
  read(value, path, reporter) {
    if (value === false) return 0
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
    reporter.problem(path, `${formatPath(path)} must be ${this.expected}, not ${JSON.stringify(value)}`)
    return INVALID
  },
}

const SORTED_PAGES = fields({ per_page: PER_PAGE })

/** `_config.yml` keys this site reads (Hexo's names). */
export const HEXO_SITE_FIELDS = {
  title: text(),
  subtitle: text(),
  description: text(),
  author: text(),
  language: LANGUAGE,
  timezone: text(checkTimeZone),
  url: text(checkUrl),
  root: ROOT,
  permalink: list(text(), { single: true }),
  per_page: PER_PAGE,
  index_generator: fields({ per_page: PER_PAGE, order_by: text(checkOrderBy) }),
  archive_generator: SORTED_PAGES,
  category_generator: SORTED_PAGES,
  tag_generator: SORTED_PAGES,
  date_format: text(checkDateFormat),
  category_map: NAME_MAP,
  tag_map: NAME_MAP,
  default_category: text(),
  future: flag(),
  feed: fields({
    type: list(oneOf(['atom', 'rss2']), { single: true }),
    path: list(text(), { single: true }),
    limit: FEED_LIMIT,
  }),
}

const SIDE = fields({ sticky: flag() })

/** Theme config keys this site reads (Icarus 5's names). */
export const THEME_FIELDS = {
  logo: either(IMAGE, fields({ text: text() })),
  head: fields({ favicon: IMAGE }),
  navbar: fields({ menu: MENU, links: LINKS }),
  footer: fields({ links: LINKS }),
  widgets: widgetList(LINKS, IMAGE),
  sidebar: fields({ left: SIDE, right: SIDE }),
  article: fields({ readtime: flag(), licenses: LINKS }),
  plugins: fields({ back_to_top: flag(), progressbar: flag() }),
}

/**
 * Older spellings still found in Hexo sites, the source system's generated
 * configs above all (Icarus 2: a top-level `favicon`, `plugins.back-to-top`;
 * its `site_title`). Read from Hexo's files only; `site.yml` uses today's names.
 */
const LEGACY_SITE_FIELDS = { site_title: text() }
const LEGACY_THEME_FIELDS = {
  favicon: IMAGE,
  plugins: fields({ back_to_top: flag(), 'back-to-top': flag(), progressbar: flag() }),
}

/** This site's own settings, beyond Hexo's and Icarus's. */
const OWN_FIELDS = {
  /** The interface's language when it should differ from `language` (a Chinese archive with an English interface). */
  ui_language: oneOf(UI_LANGUAGES),
  replies: fields({
    order: oneOf(['oldest', 'newest'] as const),
    collapse_depth: wholeNumber(1),
    collapse_after: wholeNumber(1),
  }),
  /** How post bodies are read, and the chain mentions link to (lib/markdown/dialect.ts). */
  markdown: fields({
    dialect: oneOf(['steemit', 'commonmark'] as const),
    chain: oneOf(['steem', 'hive'] as const),
  }),
}

/** What `site.yml` may hold: exactly these keys. */
export const SITE_FILE_FIELDS = { ...HEXO_SITE_FIELDS, ...THEME_FIELDS, ...OWN_FIELDS }

/** What `_config.yml` is read for. */
export const HEXO_CONFIG_FIELDS = { ...HEXO_SITE_FIELDS, ...LEGACY_SITE_FIELDS }

/** What the theme's config files are read for. */
export const HEXO_THEME_FIELDS = { ...THEME_FIELDS, ...LEGACY_THEME_FIELDS }

/** Settings from any source, checked and normalized; every key optional. */
export type Settings = FieldsOf<typeof SITE_FILE_FIELDS & typeof LEGACY_SITE_FIELDS & typeof LEGACY_THEME_FIELDS>
