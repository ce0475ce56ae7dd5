import type { Post } from './content/post'
import { routes } from './routes'
import { siteConfig } from './config'
import type { ProfileConfig, WidgetConfig, WidgetType } from './site-config'
import { getArchives, getCategories, getPosts, getTags } from './site-data'
import type { CategoryNode } from './taxonomy'
import type { TocEntry } from './toc'

export interface LinkItem {
  name: string
  href: string
  count: number
}

export interface CategoryItem extends LinkItem {
  children: CategoryItem[]
}

/** What each widget shows: plain data, so widgets are plain components. */
export type WidgetData =
  | (ProfileConfig & {
      type: 'profile'
      counts: { posts: number; categories: number; tags: number }
    })
  | { type: 'toc'; entries: TocEntry[] }
  | { type: 'recent_posts'; posts: { title: string; href: string; date: Date }[] }
  | { type: 'categories'; categories: CategoryItem[] }
  | { type: 'tagcloud'; tags: (LinkItem & { weight: number })[]; total: number }
  | { type: 'archives'; years: LinkItem[] }

export interface Sidebars {
  left: WidgetData[]
  right: WidgetData[]
  leftSticky: boolean
  rightSticky: boolean
}

/** Front-matter widget names: ours and Icarus 5's `tags`. */
const TYPES: Record<string, WidgetType> = {
  profile: 'profile',
  toc: 'toc',
  recent_posts: 'recent_posts',
  categories: 'categories',
  tagcloud: 'tagcloud',
  tags: 'tagcloud',
  archives: 'archives',
}

/**
 * The sidebars of a page. As in Icarus, a post's own `widgets` list replaces
 * the site's on its page, and its `sidebar: { left|right: { sticky } }`
 * overrides stickiness; widget entries of unknown type are ignored. The TOC
 * widget shows only on posts that have a table of contents.
 */
export function sidebarsFor(post?: Post, toc: TocEntry[] = []): Sidebars {
  const widgets = (post && widgetList(post.widgets)) ?? siteConfig.widgets
  // The TOC sticks as the reader scrolls: last in its column, so it never slides over a widget below it.
  const data = (position: 'left' | 'right') =>
    widgets
      .filter((w) => w.position === position)
      .sort((a, b) => Number(a.type === 'toc') - Number(b.type === 'toc'))
      .flatMap((w) => widgetData(w.type, toc))
  return {
    left: data('left'),
    right: data('right'),
    leftSticky: stickyOverride(post?.sidebar, 'left') ?? siteConfig.sidebar.left.sticky,
    rightSticky: stickyOverride(post?.sidebar, 'right') ?? siteConfig.sidebar.right.sticky,
  }
}

function widgetList(value: unknown): WidgetConfig[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.flatMap((item) => {
    const { type, position } = (item ?? {}) as Record<string, unknown>
    const known = typeof type === 'string' && Object.hasOwn(TYPES, type) ? TYPES[type] : undefined
    return known ? [{ type: known, position: position === 'left' ? 'left' : 'right' } as const] : []
  })
}

function stickyOverride(sidebar: unknown, side: 'left' | 'right'): boolean | undefined {
  const sticky = (sidebar as Record<string, { sticky?: unknown } | undefined> | undefined)?.[side]?.sticky
  return typeof sticky === 'boolean' ? sticky : undefined
}

function widgetData(type: WidgetType, toc: TocEntry[]): WidgetData[] {
  switch (type) {
    case 'toc':
      return toc.length > 0 ? [{ type, entries: toc }] : []
    case 'profile': {
      const { profile } = siteConfig
      return [
        {
          type,
          ...profile,
          counts: { posts: getPosts().length, categories: getCategories().length, tags: getTags().length },
        },
      ]
    }
    case 'recent_posts':
      return [
        {
          type,
          posts: getPosts()
            .slice(0, siteConfig.recentPosts)
            .map((p) => ({ title: p.title, href: routes.post(p), date: p.date })),
        },
      ]
    case 'categories':
      return [{ type, categories: categoryTree() }]
    case 'tagcloud': {
      // Bounded: a sidebar on every page must not grow with the archive.
      const all = tagCloud()
      const top = new Set([...all].sort((a, b) => b.count - a.count).slice(0, siteConfig.sidebarTags))
      return [{ type, tags: all.filter((tag) => top.has(tag)), total: all.length }]
    }
    case 'archives':
      // Years, not months: one line a year keeps the widget small on a decade-long archive.
      return [
        {
          type,
          years: getArchives().map((y) => ({
            name: String(y.year),
            href: routes.archiveYear(y.year),
            count: y.posts.length,
          })),
        },
      ]
  }
}

/** Every tag with its post count and a 0–1 weight for sizing. */
export function tagCloud(): (LinkItem & { weight: number })[] {
  const tags = getTags()
  const max = Math.max(1, ...tags.map((t) => t.posts.length))
  return tags.map((t) => ({ name: t.name, href: routes.tag(t), count: t.posts.length, weight: t.posts.length / max }))
}

export function categoryTree(): CategoryItem[] {
  return getCategories().map(categoryItem)
}

function categoryItem(node: CategoryNode): CategoryItem {
  return {
    name: node.name,
    href: routes.category(node),
    count: node.posts.length,
    children: node.children.map(categoryItem),
  }
}
