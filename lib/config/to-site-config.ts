import { uiLanguageOf } from '../i18n'
import type { ProfileConfig, SiteConfig, SortKey, WidgetConfig } from '../site-config'
import type { Settings } from './settings'
import type { WidgetSettings } from './widget-settings'

/**
 * Hexo's generators each take `per_page` unless they set their own, and a
 * `url` with a path implies the `root` (hexo/lib/hexo/load_config.ts). Done
 * within each layer before layers merge, so a higher layer's `per_page` is
 * not beaten by a lower layer's `index_generator.per_page`.
 */
export function expandLayer(settings: Settings): Settings {
  const expanded: Settings = { ...settings }
  if (settings.per_page !== undefined) {
    for (const key of ['index_generator', 'archive_generator', 'category_generator', 'tag_generator'] as const) {
      expanded[key] = { ...settings[key], per_page: settings[key]?.per_page ?? settings.per_page }
    }
  }
  if (settings.url && settings.root === undefined) {
    const { pathname } = new URL(settings.url)
    expanded.root = pathname.replace(/\/+$/, '')
  }
  return expanded
}

/** The account of a source-system site, from its `root: /@account/`. */
export function accountOf(root: string | undefined): string | undefined {
  return /^\/(@[a-z0-9][a-z0-9.-]*)$/i.exec(root ?? '')?.[1]
}

/** `position -date` → position ascending, then date descending (Hexo's sort syntax). */
export function parseOrderBy(value: string): SortKey[] {
  return value
    .trim()
    .split(/\s+/)
    .map((key) => ({ key: key.replace(/^-/, ''), descending: key.startsWith('-') }))
}

/** hexo-generator-feed's `type` and `path`, paired (paths default to `atom.xml` and `rss2.xml`). */
function feedPaths(feed: Settings['feed']): { atomPaths: string[]; rssPaths: string[] } {
  const types = feed?.type?.length ? feed.type : ['atom' as const]
  const paths = feed?.path ?? []
  const atomPaths: string[] = []
  const rssPaths: string[] = []
  types.forEach((type, index) => {
    const path = `/${(paths[index] ?? (type === 'atom' ? 'atom.xml' : 'rss2.xml')).replace(/^\/+/, '')}`
    if (type === 'atom' && path !== '/atom.xml') atomPaths.push(path)
    if (type === 'rss2' && path !== '/feed.xml') rssPaths.push(path)
  })
  return { atomPaths, rssPaths }
}

/** Icarus shows each widget type once per page; the source system's configs listed the tag widget twice (cloud and list). */
function widgetConfigs(widgets: readonly WidgetSettings[]): WidgetConfig[] {
  const seen = new Set<string>()
  return widgets.flatMap(({ type, position }) => {
    if (seen.has(type)) return []
    seen.add(type)
    return [{ type, position }]
  })
}

/**
 * The merged settings over `base` (the defaults, lib/site-config.ts).
 * `hexoSite`: the settings include a Hexo site's, whose own defaults then
 * apply where Hexo has one.
 */
export function toSiteConfig(s: Settings, base: SiteConfig, { hexoSite }: { hexoSite: boolean }): SiteConfig {
  const root = s.root ?? base.root
  const account = accountOf(root)
  const title = s.title || s.site_title || account || (hexoSite ? 'Hexo' : base.title)
  const author = s.author || account || base.author
  const language = s.language ?? base.language
  const widgets = s.widgets
  const profileWidget = widgets?.find((widget) => widget.type === 'profile')
  const tocWidget = widgets?.find((widget) => widget.type === 'toc')
  const tagWidget = widgets?.find((widget) => widget.type === 'tagcloud')
  const configured = s.author !== undefined || widgets !== undefined

  const profile: ProfileConfig = configured
    ? {
        name: profileWidget?.author || author || title,
        title: profileWidget?.author_title || undefined,
        location: profileWidget?.location || undefined,
        avatar: profileWidget?.avatar,
        avatarRounded: profileWidget?.avatar_rounded ?? false,
        followLink: profileWidget?.follow_link || undefined,
        links: profileWidget?.social_links ?? [],
      }
    : { ...base.profile, name: base.profile.name || author || title }

  const logo =
    s.logo === undefined
      ? base.logo
      : typeof s.logo === 'string'
        ? { image: s.logo }
        : s.logo.text
          ? { text: s.logo.text }
          : base.logo
  const permalinks = s.permalink ?? []

  return {
    ...base,
    title,
    subtitle: s.subtitle ?? base.subtitle,
    description: s.description ?? base.description,
    author,
    url: s.url ? new URL(s.url).origin : base.url,
    root,
    language,
    uiLanguage: s.ui_language ?? (s.language ? (uiLanguageOf(s.language) ?? 'en') : base.uiLanguage),
    timezone: s.timezone ?? base.timezone,
    dateFormat: s.date_format ?? base.dateFormat,
    perPage: {
      home: s.index_generator?.per_page ?? base.perPage.home,
      archive: s.archive_generator?.per_page ?? base.perPage.archive,
      category: s.category_generator?.per_page ?? base.perPage.category,
      tag: s.tag_generator?.per_page ?? base.perPage.tag,
    },
    homeOrder: s.index_generator?.order_by ? parseOrderBy(s.index_generator.order_by) : base.homeOrder,
    toc: tocWidget?.depth ? { ...base.toc, maxDepth: Math.max(base.toc.minDepth, tocWidget.depth) } : base.toc,
    feed: {
      limit: s.feed?.limit ?? base.feed.limit,
      ...(s.feed ? feedPaths(s.feed) : { atomPaths: base.feed.atomPaths, rssPaths: base.feed.rssPaths }),
    },
    nav: s.navbar?.menu ?? base.nav,
    navLinks: s.navbar?.links ?? base.navLinks,
    footerLinks: s.footer?.links ?? base.footerLinks,
    logo,
    favicon: s.head?.favicon ?? s.favicon ?? base.favicon,
    profile,
    widgets: widgets ? widgetConfigs(widgets) : base.widgets,
    sidebar: {
      left: { sticky: s.sidebar?.left?.sticky ?? base.sidebar.left.sticky },
      right: { sticky: s.sidebar?.right?.sticky ?? base.sidebar.right.sticky },
    },
    sidebarTags: tagWidget?.amount ?? base.sidebarTags,
    readingTime: s.article?.readtime ?? base.readingTime,
    readingAids: {
      backToTop: s.plugins?.back_to_top ?? s.plugins?.['back-to-top'] ?? base.readingAids.backToTop,
      progressBar: s.plugins?.progressbar ?? base.readingAids.progressBar,
    },
    licenses: s.article?.licenses ?? base.licenses,
    categoryMap: s.category_map ?? base.categoryMap,
    tagMap: s.tag_map ?? base.tagMap,
    future: s.future ?? base.future,
    // Hexo's own permalink first: what the old site's links were.
    legacyPermalinks: [...new Set([...permalinks, ...base.legacyPermalinks])],
    defaultCategory: s.default_category ?? base.defaultCategory,
    replies: {
      order: s.replies?.order ?? base.replies.order,
      collapseDepth: s.replies?.collapse_depth ?? base.replies.collapseDepth,
      collapseAfter: s.replies?.collapse_after ?? base.replies.collapseAfter,
    },
    markdown: {
      dialect: s.markdown?.dialect ?? base.markdown.dialect,
      chain: s.markdown?.chain ?? base.markdown.chain,
    },
  }
}
