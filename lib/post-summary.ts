import type { Post } from './content/post'
import { routes } from './routes'
import { categoryTrailsOf, renderPost, tagsOf } from './site-data'

export interface TermLink {
  name: string
  href: string
}

/** What a list (home, tag, category) shows of a post: no body, no HTML. */
export interface PostSummary {
  href: string
  title: string
  date: Date
  thumbnail?: string
  categories: TermLink[]
  tags: TermLink[]
  sticky: boolean
  /** Plain text, never HTML. */
  excerpt: string
  readingMinutes: number
}

async function summarize(post: Post): Promise<PostSummary> {
  const { summary } = await renderPost(post)
  return {
    href: routes.post(post),
    title: post.title,
    date: post.date,
    thumbnail: post.thumbnail,
    categories: categoryLinks(post),
    tags: tagLinks(post),
    sticky: post.sticky > 0,
    excerpt: summary.excerpt,
    readingMinutes: summary.minutes,
  }
}

export function summarizeAll(posts: readonly Post[]): Promise<PostSummary[]> {
  return Promise.all(posts.map(summarize))
}

/** One link per category path, to its deepest category, named by the whole trail. */
export function categoryLinks(post: Post): TermLink[] {
  return categoryTrailsOf(post)
    .filter((trail) => trail.length > 0)
    .map((trail) => ({ name: trail.map((c) => c.name).join(' / '), href: routes.category(trail[trail.length - 1]) }))
}

export function tagLinks(post: Post): TermLink[] {
  return tagsOf(post).map((tag) => ({ name: tag.name, href: routes.tag(tag) }))
}
