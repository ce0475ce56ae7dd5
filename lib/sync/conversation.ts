import type { Chain } from './chains'

/**
 * The conversation file: one post's whole reply tree, written by the sync at
 * `<folder>/_replies/<name>.json` and read by the site. This file format is
 * the only contract between the two (they never import each other's code);
 * see README.md, "The conversation file".
 */
export interface ConversationFile {
  format: 1
  chain: Chain
  /** The post as the chain reported it when the tree was fetched. */
  post: { author: string; permlink: string; children: number; last_update: string }
  /** When the tree was fetched, ISO 8601 with `Z`. */
  fetched_at: string
  /** Every reply, any depth, any order; the tree comes from parent_author/parent_permlink. */
  replies: Reply[]
}

export interface Reply {
  author: string
  permlink: string
  /** The post's author/permlink for a top-level reply. */
  parent_author: string
  parent_permlink: string
  /** UTC as the chain gives it: `YYYY-MM-DDTHH:MM:SS`. */
  created: string
  last_update: string
  /** Markdown as written (Steemit dialect: Markdown and raw HTML). Never sanitized here: the site does that. */
  body: string
  votes?: number
  /** "1.234 SBD": the paid-out total once paid, else the pending payout. */
  payout?: string
  /** The author's reputation on Steemit's display scale (25 for a new account; negative = bad). */
  reputation?: number
  flagged?: boolean
  /** Listed but gone: kept so its replies keep their place. */
  deleted?: boolean
}

/** Where a post file's conversation goes: `<folder>/_replies/<name>.json` (Hexo skips `_` paths). */
export const conversationFileName = (postFileName: string) => postFileName.replace(/\.md$/, '.json')
export const REPLIES_FOLDER = '_replies'

/** Pretty-printed with 2-space indent and a trailing newline, keys in the contract's order. */
export function conversationJson(file: ConversationFile): string {
  const ordered: ConversationFile = {
    format: 1,
    chain: file.chain,
    post: { author: file.post.author, permlink: file.post.permlink, children: file.post.children, last_update: file.post.last_update },
    fetched_at: file.fetched_at,
    replies: file.replies.map(orderReply),
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

function orderReply(reply: Reply): Reply {
  const ordered: Reply = {
    author: reply.author,
    permlink: reply.permlink,
    parent_author: reply.parent_author,
    parent_permlink: reply.parent_permlink,
    created: reply.created,
    last_update: reply.last_update,
    body: reply.body,
  }
  if (reply.votes !== undefined) ordered.votes = reply.votes
  if (reply.payout !== undefined) ordered.payout = reply.payout
  if (reply.reputation !== undefined) ordered.reputation = reply.reputation
  if (reply.flagged) ordered.flagged = true
  if (reply.deleted) ordered.deleted = true
  return ordered
}
