import { Feed } from 'feed'
import type { Post } from './content/post'
import { feedHtml, xmlSafe } from './markdown/feed-html'
import { absoluteImageUrl } from './metadata'
import { absoluteUrl, routes } from './routes'
import { siteConfig } from './config'
import { getCategory, getPosts, getTag, renderPost } from './site-data'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

interface FeedScope {
  title: string
  /** The HTML page the feed mirrors. */
  pagePath: string
  /** Where this feed lives, per format it is offered in. */
  feedPaths: Partial<Record<FeedFormat, string>>
  posts: readonly Post[]
}

/** The whole site's feed: RSS at /feed.xml, Atom at /atom.xml (Hexo's path), JSON Feed at /feed.json. */
export function siteFeed(format: FeedFormat): Promise<string> {
  return buildFeed(
    {
      title: siteConfig.title,
      pagePath: routes.home(),
      feedPaths: { rss: routes.rss(), atom: routes.atom(), json: routes.jsonFeed() },
      posts: getPosts(),
    },
    format,
  )
}

/** RSS of one tag's posts; `undefined` for an unknown tag. */
export async function tagFeed(segment: string): Promise<string | undefined> {
  const tag = getTag(segment)
  if (!tag) return undefined
  return buildFeed(
    {
      title: `${siteConfig.title} · #${tag.name}`,
      pagePath: routes.tag(tag),
      feedPaths: { rss: routes.tagFeed(tag) },
      posts: tag.posts,
    },
    'rss',
  )
}

/** RSS of one category's posts (children's included); `undefined` for an unknown category. */
export async function categoryFeed(path: string[]): Promise<string | undefined> {
  const category = getCategory(path)
  if (!category) return undefined
  return buildFeed(
    {
      title: `${siteConfig.title} · ${category.name}`,
      pagePath: routes.category(category),
      feedPaths: { rss: routes.categoryFeed(category) },
      posts: category.posts,
    },
    'rss',
  )
}

/** Newest `feed.limit` posts with full HTML, built with the `feed` library (no string templates). */
async function buildFeed(scope: FeedScope, format: FeedFormat): Promise<string> {
  const url = (path: string) => absoluteUrl(path, siteConfig.url)
  const posts = siteConfig.feed.limit > 0 ? scope.posts.slice(0, siteConfig.feed.limit) : scope.posts
  const feed = new Feed({
    title: xmlSafe(scope.title),
    description: xmlSafe(siteConfig.description || siteConfig.subtitle),
    id: url(scope.pagePath),
    link: url(scope.pagePath),
    language: siteConfig.language,
    updated: posts.reduce<Date | undefined>(
      (latest, p) => (!latest || p.updated > latest ? p.updated : latest),
      undefined,
    ),
    generator: 'hexo-reader',
    feedLinks: Object.fromEntries(Object.entries(scope.feedPaths).map(([kind, path]) => [kind, url(path)])),
    author: { name: siteConfig.author || siteConfig.title, link: url(routes.home()) },
    copyright: [`© ${siteConfig.author || siteConfig.title}`, ...siteConfig.licenses.map((license) => license.label)].join(', '),
  })
  for (const post of posts) {
    const link = url(routes.post(post))
    const { html, summary } = await renderPost(post)
    feed.addItem({
      title: xmlSafe(post.title),
      id: link,
      link,
      date: post.updated,
      published: post.date,
      description: xmlSafe(summary.excerpt),
      content: feedHtml(html, link),
      category: post.tags.map((name) => ({ name: xmlSafe(name) })),
      author: [{ name: siteConfig.author || siteConfig.title }],
      // Absolute or nothing: the `feed` library parses it (`new URL`), and a relative or bad URL threw.
      image: absoluteImageUrl(post.thumbnail),
    })
  }
  if (format === 'rss') return feed.rss2()
  if (format === 'atom') return feed.atom1()
  return jsonFeed11(feed.json1())
}

/** `feed` writes JSON Feed 1 (`author`); readers today expect 1.1 (`authors`, `language`). */
function jsonFeed11(json: string): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items?: Record<string, unknown>[] }
  const upgrade = (entry: Record<string, unknown>) => {
    if (entry.author && !entry.authors) entry.authors = [entry.author]
    delete entry.author
  }
  upgrade(data)
  data.items?.forEach(upgrade)
  return JSON.stringify({ ...data, version: 'https://jsonfeed.org/version/1.1', language: siteConfig.language })
}
