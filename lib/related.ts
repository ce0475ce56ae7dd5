import type { Post } from './content/post'
import { nameKey } from './url-segment'

/** The posts just before and after `post` in date order (`posts` newest first). */
export function neighbours(posts: readonly Post[], post: Post): { older?: Post; newer?: Post } {
  const index = posts.indexOf(post)
  if (index < 0) return {}
  return { newer: posts[index - 1], older: posts[index + 1] }
}

/** Up to `limit` posts sharing the most tags with `post`; ties go to the newer post. */
export function relatedPosts(posts: readonly Post[], post: Post, limit: number): Post[] {
  const tags = new Set(post.tags.map(nameKey))
  if (tags.size === 0) return []
  return posts
    .filter((other) => other !== post)
    .map((other, order) => ({ other, order, shared: other.tags.filter((t) => tags.has(nameKey(t))).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.other)
}
