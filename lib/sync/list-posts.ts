import { isObject, listedPost, type ListedPost } from './chain-post'
import type { Chain } from './chains'
import type { RpcClient } from './rpc-client'

/**
 * Lists an account's own top-level posts, newest first, with one code path
 * for both chains (research §2, §4):
 * - Steem: `condenser_api.get_discussions_by_blog` (the blog stream: posts
 *   and reblogs, paging **inclusive** of the start post);
 * - Hive: `bridge.get_account_posts` with `sort: "posts"` (own posts incl.
 *   community posts, paging **exclusive**).
 * Pages of 20 (Hive's maximum), the cursor is the last entry of the page
 * (a reblog too), duplicates are dropped, reblogs and comments skipped.
 */
export const PAGE_SIZE = 20

export interface Listing {
  posts: ListedPost[]
  /** Entries by other authors in the blog stream. */
  reblogs: number
  /** Entries that are replies (a node that mixes them in). */
  comments: number
}

export async function listAccountPosts(
  rpc: RpcClient,
  chain: Chain,
  account: string,
  onPage?: (listed: number) => void,
): Promise<Listing> {
  const seen = new Set<string>()
  const listing: Listing = { posts: [], reblogs: 0, comments: 0 }
  let cursor: { start_author: string; start_permlink: string } | undefined
  for (;;) {
    const page = await rpc.call<unknown>(...pageRequest(chain, account, cursor))
    if (!Array.isArray(page)) throw new Error(`the node answered the listing with ${typeof page}, not a list of posts`)
    let fresh = 0
    for (const object of page) {
      if (!isObject(object)) continue
      const entry = listedPost(object)
      const key = `${entry.author}/${entry.permlink}`
      if (seen.has(key)) continue
      seen.add(key)
      fresh++
      if (entry.author !== account) listing.reblogs++
      else if (entry.isComment) listing.comments++
      else listing.posts.push(entry)
    }
    onPage?.(listing.posts.length)
    const last = page.at(-1)
    // A short page is the last; a page of nothing new means a node that ignores the cursor.
    if (page.length < PAGE_SIZE || fresh === 0 || !isObject(last)) return listing
    cursor = { start_author: String(last.author), start_permlink: String(last.permlink) }
  }
}

function pageRequest(chain: Chain, account: string, cursor: { start_author: string; start_permlink: string } | undefined): [string, unknown] {
  if (chain === 'hive') return ['bridge.get_account_posts', { sort: 'posts', account, limit: PAGE_SIZE, ...cursor }]
  // No `truncate_body`, though it would save bytes: some hivemind versions refuse parameters they do not know.
  return ['condenser_api.get_discussions_by_blog', [{ tag: account, limit: PAGE_SIZE, ...cursor }]]
}
