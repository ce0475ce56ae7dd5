import { yearMonthOf } from './archives'
import type { Post } from './content/post'
import { pageCount, paginate } from './paginate'
import { summarizeAll, type PostSummary, type TermLink } from './post-summary'
import { routes } from './routes'
import { siteConfig } from './config'
import { siteMessages } from './i18n/site-messages'
import { fillTemplate } from './i18n/template'
import { getAllCategories, getArchives, getCategory, getHomePosts, getPosts, getTag, getTags } from './site-data'
import type { CategoryNode } from './taxonomy'

/** One page of a post list, as plain data for components/PostListPage. */
export interface ListingView {
  /** For `<title>`. */
  title: string
  heading:
    | { kind: 'home' }
    | { kind: 'tag'; name: string; count: number }
    | { kind: 'category'; trail: TermLink[]; children: (TermLink & { count: number })[]; count: number }
  posts: PostSummary[]
  page: number
  /** Href of every page of the list, page 1 first. */
  pageHrefs: string[]
  /** This list's own feed (tags and categories). */
  feed?: { title: string; path: string }
}

/** One page of an archive: posts by month, titles and dates only. */
export interface ArchiveView {
  title: string
  count: number
  months: {
    label: string
    year: number
    month: number
    href: string
    posts: { title: string; href: string; date: Date }[]
  }[]
  page: number
  pageHrefs: string[]
}

/** `Page 2` in the interface's words. */
const pageWord = (page: number) => fillTemplate(siteMessages.list.page, { page })

function pageHrefs(total: number, perPage: number, href: (n: number) => string): string[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => href(i + 1))
}

/** Page numbers 2…N of a list, for `generateStaticParams` (page 1 has its own route). */
export function laterPages(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, i) => i + 2)
}

export async function homeListing(page: number): Promise<ListingView | undefined> {
  const posts = getHomePosts()
  const slice = paginate(posts, siteConfig.perPage.home, page)
  if (!slice) return undefined
  return {
    title: page === 1 ? siteConfig.title : pageWord(page),
    heading: { kind: 'home' },
    posts: await summarizeAll(slice.items),
    page,
    pageHrefs: pageHrefs(posts.length, siteConfig.perPage.home, routes.page),
  }
}

export async function tagListing(segment: string, page: number): Promise<ListingView | undefined> {
  const tag = getTag(segment)
  const slice = tag && paginate(tag.posts, siteConfig.perPage.tag, page)
  if (!tag || !slice) return undefined
  return {
    title: `#${tag.name}${page > 1 ? ` · ${pageWord(page)}` : ''}`,
    heading: { kind: 'tag', name: tag.name, count: tag.posts.length },
    posts: await summarizeAll(slice.items),
    page,
    pageHrefs: pageHrefs(tag.posts.length, siteConfig.perPage.tag, (n) => routes.tag(tag, n)),
    feed: { title: `#${tag.name} (RSS)`, path: routes.tagFeed(tag) },
  }
}

export function tagListingParams(): { tag: string; n: string }[] {
  return getTags().flatMap((tag) =>
    laterPages(tag.posts.length, siteConfig.perPage.tag).map((n) => ({ tag: tag.segment, n: String(n) })),
  )
}

/** `a/b` is page 1 of category a › b; `a/b/page/2` its page 2 (a category named "page" wins). */
export async function categoryListing(segments: string[]): Promise<ListingView | undefined> {
  let category = getCategory(segments)
  let page = 1
  if (!category && segments.length >= 3 && segments[segments.length - 2] === 'page') {
    category = getCategory(segments.slice(0, -2))
    page = /^[1-9]\d*$/.test(segments[segments.length - 1]) ? Number(segments[segments.length - 1]) : NaN
    if (page === 1) return undefined // page 1 lives at the category's own path
  }
  const slice = category && paginate(category.posts, siteConfig.perPage.category, page)
  if (!category || !slice) return undefined
  const trail = ancestry(category)
  return {
    title: `${trail.map((c) => c.name).join(' / ')}${page > 1 ? ` · ${pageWord(page)}` : ''}`,
    heading: {
      kind: 'category',
      trail: trail.map((c) => ({ name: c.name, href: routes.category(c) })),
      children: category.children.map((c) => ({ name: c.name, href: routes.category(c), count: c.posts.length })),
      count: category.posts.length,
    },
    posts: await summarizeAll(slice.items),
    page,
    pageHrefs: pageHrefs(category.posts.length, siteConfig.perPage.category, (n) => routes.category(category, n)),
    feed: { title: `${category.name} (RSS)`, path: routes.categoryFeed(category) },
  }
}

export function categoryListingParams(): { path: string[] }[] {
  return getAllCategories().flatMap((category) => [
    { path: category.path },
    ...laterPages(category.posts.length, siteConfig.perPage.category).map((n) => ({
      path: [...category.path, 'page', String(n)],
    })),
  ])
}

function ancestry(category: CategoryNode): CategoryNode[] {
  return category.parent ? [...ancestry(category.parent), category] : [category]
}

/**
 * The archive at `segments` (after `/archives`): `[]`, `[2020]`, `[2020, 03]`,
 * each optionally followed by `page/N`.
 */
export function archiveListing(segments: string[]): ArchiveView | undefined {
  const parsed = parseArchivePath(segments)
  if (!parsed) return undefined
  const { year, month, page } = parsed
  const base = archiveBase(year, month)
  if (!base) return undefined
  const slice = paginate(base.posts, siteConfig.perPage.archive, page)
  if (!slice) return undefined
  const months = new Map<string, ArchiveView['months'][number]>()
  for (const post of slice.items) {
    const ym = yearMonthOf(post.date, siteConfig.timezone)
    const label = `${ym.year}-${String(ym.month).padStart(2, '0')}`
    const entry = months.get(label) ?? { label, ...ym, href: routes.archiveMonth(ym.year, ym.month), posts: [] }
    entry.posts.push({ title: post.title, href: routes.post(post), date: post.date })
    months.set(label, entry)
  }
  return {
    title: `${base.label}${page > 1 ? ` · ${pageWord(page)}` : ''}`,
    count: base.posts.length,
    months: [...months.values()],
    page,
    pageHrefs: pageHrefs(base.posts.length, siteConfig.perPage.archive, base.href),
  }
}

export function archiveListingParams(): { path: string[] }[] {
  const perPage = siteConfig.perPage.archive
  const withPages = (path: string[], total: number) => [
    { path },
    ...laterPages(total, perPage).map((n) => ({ path: [...path, 'page', String(n)] })),
  ]
  return [
    ...withPages([], getPosts().length),
    ...getArchives().flatMap((y) => [
      ...withPages([String(y.year)], y.posts.length),
      ...y.months.flatMap((m) => withPages([String(y.year), String(m.month).padStart(2, '0')], m.posts.length)),
    ]),
  ]
}

function parseArchivePath(segments: string[]): { year?: number; month?: number; page: number } | undefined {
  const rest = [...segments]
  let page = 1
  if (rest.length >= 2 && rest[rest.length - 2] === 'page') {
    if (!/^[1-9]\d*$/.test(rest[rest.length - 1]) || rest[rest.length - 1] === '1') return undefined
    page = Number(rest.pop())
    rest.pop()
  }
  if (rest.length > 2) return undefined
  const [year, month] = rest
  if (year !== undefined && !/^\d{4}$/.test(year)) return undefined
  if (month !== undefined && !/^(0[1-9]|1[0-2])$/.test(month)) return undefined
  return {
    year: year === undefined ? undefined : Number(year),
    month: month === undefined ? undefined : Number(month),
    page,
  }
}

function archiveBase(
  year?: number,
  month?: number,
): { label: string; posts: Post[]; href: (n: number) => string } | undefined {
  const t = siteMessages.list
  if (year === undefined) return { label: t.archives, posts: getPosts(), href: (n) => routes.archives(n) }
  const y = getArchives().find((entry) => entry.year === year)
  if (!y) return undefined
  if (month === undefined)
    return {
      label: fillTemplate(t.archivesOf, { period: year }),
      posts: y.posts,
      href: (n) => routes.archiveYear(year, n),
    }
  const m = y.months.find((entry) => entry.month === month)
  if (!m) return undefined
  return {
    label: fillTemplate(t.archivesOf, { period: `${year}-${String(month).padStart(2, '0')}` }),
    posts: m.posts,
    href: (n) => routes.archiveMonth(year, month, n),
  }
}
