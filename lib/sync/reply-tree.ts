import { chainTime, isObject, text, toInteger, type ChainObject } from './chain-post'
import type { Chain } from './chains'
import type { Reply } from './conversation'
import type { RpcClient } from './rpc-client'

/**
 * A post's whole reply tree:
 * - Steem: `condenser_api.get_content_replies` (direct replies only), level
 *   by level, asking only for replies whose `children` count is not zero;
 * - Hive: one `bridge.get_discussion`, a map `"author/permlink"` → post
 *   (the post itself included). Hivemind stops that map at 2,000 entries
 *   (`bridge_api_get_discussion.sql`: `LIMIT 2000`); a thread that big is
 *   fetched the Steem way instead.
 * Requests go through the one client, so its in-flight limit holds here too.
 */
export interface PostRef {
  author: string
  permlink: string
  /** Replies at any depth, as listed: 0 means nothing to ask for. */
  children: number
}

const DISCUSSION_LIMIT = 2000

export async function fetchReplyTree(rpc: RpcClient, chain: Chain, post: PostRef): Promise<Reply[]> {
  if (post.children === 0) return []
  if (chain === 'hive') {
    const discussion = await rpc.call<unknown>('bridge.get_discussion', { author: post.author, permlink: post.permlink })
    if (isObject(discussion) && Object.keys(discussion).length < DISCUSSION_LIMIT) {
      const replies = Object.values(discussion)
        .filter(isObject)
        .filter((object) => !(object.author === post.author && object.permlink === post.permlink))
        .map((object) => replyFromObject(object))
      return completeTree(replies.filter((reply): reply is Reply => reply !== undefined), post)
    }
  }
  return completeTree(await repliesLevelByLevel(rpc, post), post)
}

async function repliesLevelByLevel(rpc: RpcClient, post: PostRef): Promise<Reply[]> {
  const replies: Reply[] = []
  const asked = new Set<string>()
  let level: { author: string; permlink: string }[] = [post]
  while (level.length > 0) {
    for (const parent of level) asked.add(`${parent.author}/${parent.permlink}`)
    const answers = await Promise.all(
      level.map((parent) => rpc.call<unknown>('condenser_api.get_content_replies', [parent.author, parent.permlink])),
    )
    const next: { author: string; permlink: string }[] = []
    answers.forEach((answer, at) => {
      for (const object of Array.isArray(answer) ? answer : []) {
        if (!isObject(object)) continue
        const reply = replyFromObject(object, level[at])
        if (!reply) continue
        replies.push(reply)
        const key = `${reply.author}/${reply.permlink}`
        if (reply.author !== '' && (toInteger(object.children) ?? 1) > 0 && !asked.has(key)) next.push(reply)
      }
    })
    level = next
  }
  return replies
}

const NEVER_PAID = '1969-12-31T23:59:59'

/**
 * One reply as the contract stores it, from a condenser or a bridge object.
 * `parent` stands in for a tombstone that lost its parent fields. A reply
 * with an empty author or body is gone from the chain (the chain refuses an
 * empty body, so only a deletion leaves one): kept as `deleted` without its
 * text or numbers, so that its replies keep their place.
 */
export function replyFromObject(object: ChainObject, parent?: { author: string; permlink: string }): Reply | undefined {
  const parentAuthor = text(object.parent_author) || parent?.author || ''
  const parentPermlink = text(object.parent_permlink) || parent?.permlink || ''
  if (parentAuthor === '' || parentPermlink === '') return undefined
  const author = text(object.author)
  const permlink = text(object.permlink)
  const created = chainTime(object.created) ?? chainTime(object.last_update) ?? chainTime(object.updated) ?? '1970-01-01T00:00:00'
  const reply: Reply = {
    author: permlink === '' ? '' : author,
    permlink: author === '' ? '' : permlink,
    parent_author: parentAuthor,
    parent_permlink: parentPermlink,
    created,
    last_update: chainTime(object.last_update) ?? chainTime(object.updated) ?? created,
    body: text(object.body),
  }
  if (reply.author === '' || reply.body === '') return { ...reply, body: '', deleted: true }
  const votes = voteCount(object)
  if (votes !== undefined) reply.votes = votes
  const payout = payoutOf(object)
  if (payout !== undefined) reply.payout = payout
  const reputation = reputationOf(object)
  if (reputation !== undefined) reply.reputation = reputation
  if (isFlagged(object)) reply.flagged = true
  return reply
}

/** `net_votes` (steemd, Hive condenser), `stats.total_votes` (bridge), else up minus down in `active_votes` (Steem hivemind). */
function voteCount(object: ChainObject): number | undefined {
  const net = toInteger(object.net_votes)
  if (net !== undefined) return net
  const total = isObject(object.stats) ? toInteger(object.stats.total_votes) : undefined
  if (total !== undefined) return total
  if (!Array.isArray(object.active_votes)) return undefined
  let count = 0
  for (const vote of object.active_votes) {
    const percent = isObject(vote) ? Number(vote.percent ?? vote.rshares ?? 0) : 0
    count += Math.sign(percent)
  }
  return count
}

/** The paid-out total (author + curators) once paid, else the pending payout, e.g. `"1.234 SBD"`. */
function payoutOf(object: ChainObject): string | undefined {
  const paid = object.is_paidout === true || object.cashout_time === NEVER_PAID
  if (paid) {
    const author = amount(object.total_payout_value) ?? amount(object.author_payout_value)
    const curator = amount(object.curator_payout_value)
    if (author && curator && author.unit === curator.unit) return formatAmount(author.thousandths + curator.thousandths, author.unit)
    if (author) return formatAmount(author.thousandths, author.unit)
  }
  const pending = amount(object.pending_payout_value)
  return pending ? formatAmount(pending.thousandths, pending.unit) : undefined
}

function amount(value: unknown): { thousandths: number; unit: string } | undefined {
  const match = typeof value === 'string' ? /^\s*(\d+)(?:\.(\d{1,3}))?\d*\s+([A-Z]+)\s*$/.exec(value) : null
  if (!match) return undefined
  return { thousandths: Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0')), unit: match[3] }
}

const formatAmount = (thousandths: number, unit: string) =>
  `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')} ${unit}`

/**
 * Bridge objects carry the display score already (a float); condenser objects
 * the raw integer, turned into Steemit's display scale here.
 */
function reputationOf(object: ChainObject): number | undefined {
  const value = object.author_reputation
  if (value === undefined || value === null || value === '') return undefined
  const bridge = 'stats' in object || 'updated' in object
  const n = Number(value)
  if (!Number.isFinite(n)) return undefined
  return Math.round((bridge ? n : displayReputation(n)) * 10) / 10
}

/** Steemit's formula (`repLog10`): 25 for 0, about 9 points per tenfold above 10^9, negative for bad actors. */
export function displayReputation(raw: number): number {
  if (raw === 0) return 25
  const r = Math.max(Math.log10(Math.abs(raw)) - 9, 0)
  return (raw < 0 ? -r : r) * 9 + 25
}

function isFlagged(object: ChainObject): boolean {
  if (Number(object.net_rshares) < 0) return true
  return isObject(object.stats) && (object.stats.gray === true || object.stats.hide === true)
}

/**
 * The list the site can rebuild a tree from: each reply once, never the post
 * itself, every parent present (a parent the chain no longer lists becomes a
 * `deleted` placeholder under the post, so its replies still show), nothing
 * in a loop, sorted by time so an unchanged tree gives the same bytes.
 */
export function completeTree(replies: readonly Reply[], post: { author: string; permlink: string }): Reply[] {
  const postKey = `${post.author}/${post.permlink}`
  const byKey = new Map<string, Reply>()
  const tombstones: Reply[] = []
  for (const reply of replies) {
    const key = `${reply.author}/${reply.permlink}`
    if (reply.author === '') tombstones.push(reply)
    else if (key !== postKey && !byKey.has(key)) byKey.set(key, reply)
  }
  for (const reply of [...byKey.values(), ...tombstones]) {
    const parentKey = `${reply.parent_author}/${reply.parent_permlink}`
    if (parentKey === postKey || byKey.has(parentKey)) continue
    byKey.set(parentKey, {
      author: reply.parent_author,
      permlink: reply.parent_permlink,
      parent_author: post.author,
      parent_permlink: post.permlink,
      created: reply.created,
      last_update: reply.created,
      body: '',
      deleted: true,
    })
  }
  const reaches = reachability(byKey, postKey)
  const parentOk = (reply: Reply) => reaches(`${reply.parent_author}/${reply.parent_permlink}`)
  return [...[...byKey.values()].filter(parentOk), ...tombstones.filter(parentOk)].sort(
    (a, b) => a.created.localeCompare(b.created) || `${a.author}/${a.permlink}`.localeCompare(`${b.author}/${b.permlink}`),
  )
}

/** Whether a key leads up to the post (iteratively: a thread can be hundreds deep). */
function reachability(byKey: Map<string, Reply>, postKey: string): (key: string) => boolean {
  const known = new Map<string, boolean>([[postKey, true]])
  return (start) => {
    const path: string[] = []
    const onPath = new Set<string>()
    let key = start
    let result: boolean
    for (;;) {
      const cached = known.get(key)
      if (cached !== undefined) {
        result = cached
        break
      }
      const reply = byKey.get(key)
      if (!reply || onPath.has(key)) {
        result = false
        break
      }
      path.push(key)
      onPath.add(key)
      key = `${reply.parent_author}/${reply.parent_permlink}`
    }
    for (const step of path) known.set(step, result)
    return result
  }
}
