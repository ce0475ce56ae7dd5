import { replyKey, type Chain, type ConversationFile, type Reply } from './conversation-file'

export interface ThreadSettings {
  /** At every level: oldest first reads as a conversation; newest first as Steemit's "new" tab. */
  order: 'oldest' | 'newest'
  /**
   * The replies under a reply at this depth start collapsed (1 = top level),
   * and again every as many levels below.
   */
  collapseDepth: number
  /** At each level, the replies after this many start collapsed. */
  collapseAfter: number
}

/** Why a reply's body starts hidden, as Steemit hides it ("Hidden due to low ratings"). */
export type MutedReason = 'flagged' | 'reputation' | 'votes'

export interface ThreadReply {
  /** `@author/permlink`: unique on the chain; the reply's id on the page. */
  key: string
  author: string
  permlink: string
  created: Date
  /** When it was edited after posting. */
  edited?: Date
  /** Markdown as written; empty for a deleted reply. */
  body: string
  votes?: number
  payout?: string
  reputation?: number
  /** Gone from the chain; shown as a one-line placeholder so its replies keep their place. */
  deleted: boolean
  muted?: MutedReason
  /** 1 for a reply to the post. */
  depth: number
  replies: ReplyGroup
}

/** The replies to one post or reply, in display order. */
export interface ReplyGroup {
  shown: ThreadReply[]
  /** The rest, collapsed behind "Show N more replies": too deep, or after a long run of siblings. */
  more?: { reason: 'depth' | 'long'; replies: ThreadReply[]; count: number }
}

export interface Thread {
  chain: Chain
  post: { author: string; permlink: string }
  fetchedAt: Date
  /** Replies a reader can see (deleted ones are not counted). */
  count: number
  /** Deepest level in the tree. */
  depth: number
  replies: ReplyGroup
}

/** A chain time (UTC, no zone) as a Date. */
export const chainDate = (time: string) => new Date(`${time}Z`)

/**
 * The reply tree of a post: each reply under its parent, ordered as the site
 * config says with muted replies last at their level (as Steemit sorts
 * them), deleted replies kept only when they still have replies under them,
 * and the branches that start collapsed marked with the reason.
 */
export function buildThread(conversation: ConversationFile, settings: ThreadSettings): Thread {
  const children = new Map<string, Reply[]>()
  for (const reply of conversation.replies) {
    const parent = replyKey(reply.parent_author, reply.parent_permlink)
    const list = children.get(parent)
    if (list) list.push(reply)
    else children.set(parent, [reply])
  }
  let maxDepth = 0

  const build = (reply: Reply, depth: number): ThreadReply | undefined => {
    const key = replyKey(reply.author, reply.permlink)
    // A deleted reply without a name cannot have replies (they would name it as their parent).
    const below = reply.author ? (children.get(key) ?? []) : []
    const kept = below.map((child) => build(child, depth + 1)).filter((child) => child !== undefined)
    const deleted = reply.deleted === true
    if (deleted && kept.length === 0) return undefined
    maxDepth = Math.max(maxDepth, depth)
    const node: ThreadReply = {
      key,
      author: reply.author,
      permlink: reply.permlink,
      created: chainDate(reply.created),
      body: deleted ? '' : reply.body,
      deleted,
      depth,
      replies: group(sorted(kept, settings.order), depth, settings),
    }
    if (!deleted) {
      if (reply.last_update > reply.created) node.edited = chainDate(reply.last_update)
      if (reply.votes !== undefined) node.votes = reply.votes
      if (reply.payout !== undefined) node.payout = reply.payout
      if (reply.reputation !== undefined) node.reputation = reply.reputation
      const muted = mutedReason(reply)
      if (muted) node.muted = muted
    }
    return node
  }

  const postKey = replyKey(conversation.post.author, conversation.post.permlink)
  const top = (children.get(postKey) ?? []).map((reply) => build(reply, 1)).filter((reply) => reply !== undefined)
  const replies = group(sorted(top, settings.order), 0, settings)
  return {
    chain: conversation.chain,
    post: { author: conversation.post.author, permlink: conversation.post.permlink },
    fetchedAt: new Date(conversation.fetched_at),
    count: countGroup(replies),
    depth: maxDepth,
    replies,
  }
}

/** Steemit hides a reply whose payout was flagged away, whose author's reputation is below zero, or whose net votes are. */
export function mutedReason(reply: Pick<Reply, 'flagged' | 'reputation' | 'votes'>): MutedReason | undefined {
  if (reply.flagged) return 'flagged'
  if (reply.reputation !== undefined && reply.reputation < 0) return 'reputation'
  if (reply.votes !== undefined && reply.votes < 0) return 'votes'
  return undefined
}

function sorted(replies: ThreadReply[], order: ThreadSettings['order']): ThreadReply[] {
  const direction = order === 'newest' ? -1 : 1
  return replies.sort(
    (a, b) =>
      Number(a.muted !== undefined) - Number(b.muted !== undefined) ||
      direction * (a.created.getTime() - b.created.getTime()) ||
      a.key.localeCompare(b.key),
  )
}

/** Splits a parent's replies (in order) into those shown and those that start collapsed. */
function group(replies: ThreadReply[], parentDepth: number, settings: ThreadSettings): ReplyGroup {
  // Every `collapseDepth` levels, so a long back-and-forth opens a few levels per click.
  if (replies.length > 0 && parentDepth > 0 && parentDepth % settings.collapseDepth === 0)
    return { shown: [], more: { reason: 'depth', replies, count: countReplies(replies) } }
  if (replies.length > settings.collapseAfter) {
    const rest = replies.slice(settings.collapseAfter)
    return {
      shown: replies.slice(0, settings.collapseAfter),
      more: { reason: 'long', replies: rest, count: countReplies(rest) },
    }
  }
  return { shown: replies }
}

function countReplies(replies: ThreadReply[]): number {
  return replies.reduce((total, reply) => total + (reply.deleted ? 0 : 1) + countGroup(reply.replies), 0)
}

function countGroup(group: ReplyGroup): number {
  return countReplies(group.shown) + (group.more?.count ?? 0)
}
