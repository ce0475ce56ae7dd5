import type { Chain } from '../chains'

/**
 * What a test chain holds: posts and replies (one list, linked by parent),
 * accounts and reblogs. The test server derives everything else the real
 * nodes report (depth, children, category, url, payout fields) from it.
 * Tests mutate it between runs (an edit, a new reply, a deleted post).
 */
export interface ChainDataset {
  chain: Chain
  /** Account name → raw reputation as condenser reports it (a big integer; negative for bad actors). */
  accounts: Record<string, number | string>
  entries: DatasetEntry[]
  reblogs: Reblog[]
}

export interface DatasetEntry {
  author: string
  permlink: string
  /** `''` for a top-level post. */
  parent_author: string
  /** The category (first tag) for a top-level post. */
  parent_permlink: string
  title: string
  body: string
  /** Served as a JSON string by condenser methods and as an object by bridge methods; a string here is served as is. */
  json_metadata: Record<string, unknown> | string
  /** UTC, `YYYY-MM-DDTHH:MM:SS`. */
  created: string
  /** Defaults to `created`. */
  last_update?: string
  net_votes?: number
  /** Negative: flagged (downvoted below zero). */
  net_rshares?: number
  /** Amounts without currency, e.g. `"1.234"`; paid out when `paid` is set. */
  pending_payout?: string
  paid?: { total: string; curator: string }
  /** Gone from the chain: not listed, `get_content` says so; a deleted reply with replies stays in `get_content_replies` as a tombstone (empty body). */
  deleted?: boolean
  /** Still in the blog listing (a lagging cache) though `get_content` says it is gone. */
  listedButGone?: boolean
}

export interface Reblog {
  account: string
  author: string
  permlink: string
  /** When it was reblogged: blog listings order by this. */
  at: string
}

export const entryKey = (entry: { author: string; permlink: string }) => `${entry.author}/${entry.permlink}`
