import { buildArchives, type ArchiveYear } from './archives'
import { loadPages, loadPosts } from './content/load-posts'
import type { Post } from './content/post'
import { imageSizeOf } from './image-sizes'
import { dialectOptions } from './markdown/dialect'
import { cachedRender, hasCachedRender } from './markdown/render-cache'
import { renderMarkdown, type RenderedMarkdown } from './markdown/render-markdown'
import { basePath } from './deployment'
import { routes } from './routes'
import { siteConfig } from './config'
import { buildCategories, buildTags, flattenCategories, type CategoryNode, type TaxonomyTerm } from './taxonomy'
import { buildToc, type TocEntry } from './toc'
import { isPublished } from './published'
import type { SortKey } from './site-config'
import { nameKey } from './url-segment'

/**
 * What routes read: the published posts and their indexes, built once per
 * process from `loadPosts()`. Drafts (and, with `future: false`, posts dated
 * after the build) stop here, so no page, list, count or feed can show them.
 */
interface SiteIndex {
  posts: Post[]
  /** Hexo's `index_generator.order_by`, pinned posts first. */
  homePosts: Post[]
  postsBySlug: Map<string, Post>
  /** Other segments that redirect to a post (Post.aliases); a post's own slug always wins. */
  postsByAlias: Map<string, Post>
  postsByPermlink: Map<string, Post>
  tags: TaxonomyTerm[]
  tagsByKey: Map<string, TaxonomyTerm>
  tagsBySegment: Map<string, TaxonomyTerm>
  categories: CategoryNode[]
  categoriesByPath: Map<string, CategoryNode>
  archives: ArchiveYear[]
}

let index: { source: readonly Post[]; value: SiteIndex } | undefined

function site(): SiteIndex {
  const source = loadPosts()
  if (index?.source !== source) index = { source, value: buildIndex(source) }
  return index.value
}

function buildIndex(all: readonly Post[]): SiteIndex {
  const posts = all.filter(isPublished)
  const tags = buildTags(posts, siteConfig.tagMap).sort((a, b) => a.name.localeCompare(b.name))
  const categories = buildCategories(posts, siteConfig.categoryMap)
  return {
    posts,
    // Sorts are stable: pinned first, each group in the configured order, then newest first.
    homePosts: [...posts].sort(byKeys(siteConfig.homeOrder)).sort((a, b) => b.sticky - a.sticky),
    postsBySlug: new Map(posts.map((post) => [post.slug, post])),
    postsByAlias: aliasIndex(posts),
    postsByPermlink: new Map(posts.flatMap((post) => (post.permlink ? [[post.permlink, post]] : []))),
    tags,
    tagsByKey: new Map(tags.map((tag) => [nameKey(tag.name), tag])),
    tagsBySegment: new Map(tags.map((tag) => [tag.segment, tag])),
    categories,
    categoriesByPath: new Map(flattenCategories(categories).map((c) => [c.path.join('/'), c])),
    archives: buildArchives(posts, siteConfig.timezone),
  }
}

/** Each alias to the newest post that has it, unless it is some post's own slug. */
function aliasIndex(posts: readonly Post[]): Map<string, Post> {
  const slugs = new Set(posts.map((post) => post.slug))
  const byAlias = new Map<string, Post>()
  for (const post of posts) {
    for (const alias of post.aliases) if (!slugs.has(alias) && !byAlias.has(alias)) byAlias.set(alias, post)
  }
  return byAlias
}

/** Published posts, newest first. */
export function getPosts(): Post[] {
  return site().posts
}

/** Home page order: pinned (`sticky`) posts first, then Hexo's `index_generator.order_by` (newest first by default). */
export function getHomePosts(): Post[] {
  return site().homePosts
}

/**
 * A comparison by Hexo's sort keys (`position -date`): `date`, `updated`,
 * `title`, or any front-matter key; a post without the key goes after those with it.
 */
function byKeys(keys: readonly SortKey[]): (a: Post, b: Post) => number {
  const valueOf = (post: Post, key: string): number | string | undefined => {
    if (key === 'date' || key === 'updated') return post[key].getTime()
    if (key === 'title') return post.title
    const value = post.frontMatter[key]
    if (typeof value === 'number') return value
    if (typeof value === 'string' && value.trim() !== '') return Number.isFinite(Number(value)) ? Number(value) : value
    return undefined
  }
  return (a, b) => {
    for (const { key, descending } of keys) {
      const x = valueOf(a, key)
      const y = valueOf(b, key)
      if (x === y) continue
      if (x === undefined) return 1
      if (y === undefined) return -1
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
      if (order !== 0) return descending ? -order : order
    }
    return 0
  }
}

/** Standalone pages (`/about`). */
export function getPages(): readonly Post[] {
  return loadPages()
}

export function getPage(slug: string): Post | undefined {
  return loadPages().find((page) => page.slug === slug)
}

export function getPost(slug: string): Post | undefined {
  return site().postsBySlug.get(slug)
}

/** The post an older or hand-typed form of its URL segment leads to (`/posts/My Post` → `/posts/my-post`). */
export function getPostByAlias(segment: string): Post | undefined {
  return site().postsByAlias.get(segment)
}

/** Every alias segment with the post it leads to, for the redirect pages. */
export function getPostAliases(): [alias: string, post: Post][] {
  return [...site().postsByAlias]
}

export function getTags(): TaxonomyTerm[] {
  return site().tags
}

export function getTag(segment: string): TaxonomyTerm | undefined {
  return site().tagsBySegment.get(segment)
}

export function getCategories(): CategoryNode[] {
  return site().categories
}

export function getAllCategories(): CategoryNode[] {
  return [...site().categoriesByPath.values()]
}

export function getCategory(path: readonly string[]): CategoryNode | undefined {
  return site().categoriesByPath.get(path.join('/'))
}

/** Published posts by year and month, newest first. */
export function getArchives(): ArchiveYear[] {
  return site().archives
}

export function tagsOf(post: Post): TaxonomyTerm[] {
  return post.tags.map((name) => site().tagsByKey.get(nameKey(name))!)
}

/** The category nodes along each of a post's category paths. */
export function categoryTrailsOf(post: Post): CategoryNode[][] {
  return post.categories.map((names) => {
    const trail: CategoryNode[] = []
    let level = site().categories
    for (const name of names) {
      const node = level.find((candidate) => nameKey(candidate.name) === nameKey(name))
      if (!node) break
      trail.push(node)
      level = node.children
    }
    return trail
  })
}

const rendered = new Map<string, Promise<RenderedMarkdown>>()

/** A post's HTML, headings and summary: rendered once per process, and from the disk cache across builds. */
export function renderPost(post: Post): Promise<RenderedMarkdown> {
  let result = rendered.get(post.file)
  if (!result) {
    result = cachedRender(post.body, renderOptions(), renderMarkdown)
    rendered.set(post.file, result)
  }
  return result
}

/**
 * Renders a post into the disk cache only, keeping nothing in this process
 * (for work shared between build workers: lib/render-every-post.ts). False,
 * and nothing done, when the cache has the post already.
 */
export async function renderPostIntoCache(post: Post): Promise<boolean> {
  if (rendered.has(post.file) || hasCachedRender(post.body, renderOptions())) return false
  await cachedRender(post.body, renderOptions(), renderMarkdown)
  return true
}

function renderOptions() {
  return { resolvePostLink, resolveImageSize: imageSizeOf, basePath, ...dialectOptions(siteConfig) }
}

/** Links to Steemit posts that this archive holds (by permlink) go to the local page. */
export function resolvePostLink(permlink: string): string | undefined {
  const post = site().postsByPermlink.get(permlink)
  return post && routes.post(post)
}

export function tocOf(post: Post, rendered: RenderedMarkdown): TocEntry[] {
  if (!post.toc) return []
  return buildToc(rendered.headings, { ...siteConfig.toc, numbered: post.tocNumbered })
}
