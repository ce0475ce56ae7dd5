import type { Post } from './content/post'
import { nameKey } from './url-segment'

/**
 * Each post page asks for its neighbours and related posts: done by scanning
 * the whole list, every page would cost O(posts) and the build O(posts²)
 * (20 000 posts: 400 million tag comparisons). So each list gets one index,
 * built on first use and kept as long as the list itself.
 */
interface ListIndex {
  position: Map<Post, number>
  /** Positions of the posts carrying each tag key, once per occurrence (a post tagged `b` and `B` counts twice, as before). */
  postsByTag: Map<string, number[]>
  /** Scratch counts of shared tags by position, left zeroed after each use. */
  shared: Int32Array
}

const indexes = new WeakMap<readonly Post[], ListIndex>()

function indexOf(posts: readonly Post[]): ListIndex {
  let index = indexes.get(posts)
  if (!index) {
    const postsByTag = new Map<string, number[]>()
    posts.forEach((post, position) => {
      for (const tag of post.tags) {
        const key = nameKey(tag)
        const list = postsByTag.get(key)
        if (list) list.push(position)
        else postsByTag.set(key, [position])
      }
    })
    index = { position: new Map(posts.map((post, i) => [post, i])), postsByTag, shared: new Int32Array(posts.length) }
    indexes.set(posts, index)
  }
  return index
}

/** The posts just before and after `post` in date order (`posts` newest first). */
export function neighbours(posts: readonly Post[], post: Post): { older?: Post; newer?: Post } {
  const index = indexOf(posts).position.get(post)
  if (index === undefined) return {}
  return { newer: posts[index - 1], older: posts[index + 1] }
}

/** Up to `limit` posts sharing the most tags with `post`; ties go to the newer post (earlier in `posts`). */
export function relatedPosts(posts: readonly Post[], post: Post, limit: number): Post[] {
  const tags = new Set(post.tags.map(nameKey))
  if (tags.size === 0 || limit <= 0) return []
  const { position, postsByTag, shared } = indexOf(posts)
  const self = position.get(post)
  const touched: number[] = []
  for (const tag of tags) {
    for (const other of postsByTag.get(tag) ?? []) {
      if (other === self) continue
      if (shared[other] === 0) touched.push(other)
      shared[other]++
    }
  }
  // The best `limit` by (shared desc, position asc), kept sorted: limit is small, touched may be most of the archive.
  const best: number[] = []
  const before = (a: number, b: number) => shared[a] > shared[b] || (shared[a] === shared[b] && a < b)
  for (const candidate of touched) {
    if (best.length === limit && !before(candidate, best[limit - 1])) continue
    let at = best.length === limit ? limit - 1 : best.length
    while (at > 0 && before(candidate, best[at - 1])) {
      best[at] = best[at - 1]
      at--
    }
    best[at] = candidate
  }
  const result = best.map((i) => posts[i])
  for (const other of touched) shared[other] = 0
  return result
}
