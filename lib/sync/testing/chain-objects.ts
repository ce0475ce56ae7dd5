import type { Chain } from '../chains'
import type { ChainDataset, DatasetEntry } from './dataset'

/**
 * Post objects in the shapes real nodes send (research §2):
 * - condenser on Steem: hivemind's `_condenser_post_object` (no `net_votes`,
 *   reputation as a raw integer string, `json_metadata` a string);
 * - condenser on Hive: adds `net_votes`, `root_author`…, amounts in HBD;
 * - bridge: `json_metadata` an object, `updated`, `stats`, `author_reputation`
 *   already on the display scale, no `parent_author` at depth 0.
 */

export interface Derived {
  id: number
  depth: number
  /** All live replies below, any depth (steemd's `children`). */
  children: number
  root: DatasetEntry
}

const NEVER = '1969-12-31T23:59:59'

const currency = (chain: Chain) => (chain === 'steem' ? 'SBD' : 'HBD')
const amount = (value: string | undefined, chain: Chain) => `${Number(value ?? 0).toFixed(3)} ${currency(chain)}`
const metadataString = (entry: DatasetEntry) => (typeof entry.json_metadata === 'string' ? entry.json_metadata : JSON.stringify(entry.json_metadata))

function metadataObject(entry: DatasetEntry): unknown {
  if (typeof entry.json_metadata !== 'string') return entry.json_metadata
  try {
    return JSON.parse(entry.json_metadata)
  } catch {
    return {}
  }
}

function payoutDate(entry: DatasetEntry): string {
  const at = new Date(`${entry.created}Z`)
  at.setUTCDate(at.getUTCDate() + 7)
  return at.toISOString().slice(0, 19)
}

export function condenserObject(dataset: ChainDataset, entry: DatasetEntry, derived: Derived) {
  const { chain } = dataset
  const paid = entry.paid !== undefined
  const object: Record<string, unknown> = {
    post_id: derived.id,
    author: entry.author,
    permlink: entry.permlink,
    category: derived.root.parent_permlink,
    title: entry.deleted ? '' : entry.title,
    body: entry.deleted ? '' : entry.body,
    json_metadata: metadataString(entry),
    created: entry.created,
    last_update: entry.last_update ?? entry.created,
    depth: derived.depth,
    children: derived.children,
    net_rshares: entry.net_rshares ?? 0,
    last_payout: paid ? payoutDate(entry) : NEVER,
    cashout_time: paid ? NEVER : payoutDate(entry),
    total_payout_value: amount(entry.paid?.total, chain),
    curator_payout_value: amount(entry.paid?.curator, chain),
    pending_payout_value: amount(paid ? undefined : entry.pending_payout, chain),
    promoted: amount(undefined, chain),
    replies: [],
    body_length: entry.body.length,
    active_votes: activeVotes(entry),
    author_reputation: String(dataset.accounts[entry.author] ?? 0),
    parent_author: entry.parent_author,
    parent_permlink: entry.parent_permlink,
    url: `/${derived.root.parent_permlink}/@${derived.root.author}/${derived.root.permlink}${derived.depth > 0 ? `#@${entry.author}/${entry.permlink}` : ''}`,
    root_title: derived.root.title,
    beneficiaries: [],
    max_accepted_payout: `1000000.000 ${currency(chain)}`,
  }
  if (chain === 'steem') {
    object.percent_steem_dollars = 10000
  } else {
    // Hive's condenser objects carry the fields Steem's hivemind left out.
    object.percent_hbd = 10000
    object.net_votes = entry.net_votes ?? 0
    object.root_author = derived.root.author
    object.root_permlink = derived.root.permlink
    object.author_reputation = Number(dataset.accounts[entry.author] ?? 0)
  }
  return object
}

/** Steem hivemind's answer for a post it does not have (`get_content`). */
export function missingCondenserObject() {
  return {
    id: 0, author: '', permlink: '', category: '', parent_author: '', parent_permlink: '', title: '', body: '',
    json_metadata: '', created: '1970-01-01T00:00:00', last_update: '1970-01-01T00:00:00', depth: 0, children: 0,
    net_rshares: 0, active_votes: [], replies: [], url: '',
  }
}

/** One vote per net vote (and one downvote per negative one), as `active_votes` lists them. */
function activeVotes(entry: DatasetEntry) {
  const votes = entry.net_votes ?? 0
  return Array.from({ length: Math.min(Math.abs(votes), 50) }, (_, i) => ({
    voter: `voter${i}`,
    rshares: String(votes < 0 ? -1000 : 1000),
    percent: String(votes < 0 ? -10000 : 10000),
    reputation: '0',
  }))
}

/** Steemit's display formula: hivemind's `rep_log10`. */
export function displayReputation(raw: number | string): number {
  const value = Number(raw)
  if (value === 0) return 25
  const r = Math.max(Math.log10(Math.abs(value)) - 9, 0)
  return Math.round(((value < 0 ? -r : r) * 9 + 25) * 100) / 100
}

export function bridgeObject(dataset: ChainDataset, entry: DatasetEntry, derived: Derived, replies: string[] = []) {
  const { chain } = dataset
  const paid = entry.paid !== undefined
  const payout = paid ? Number(entry.paid!.total) + Number(entry.paid!.curator) : Number(entry.pending_payout ?? 0)
  const reputation = displayReputation(dataset.accounts[entry.author] ?? 0)
  const object: Record<string, unknown> = {
    post_id: derived.id,
    author: entry.author,
    permlink: entry.permlink,
    category: derived.root.parent_permlink,
    title: derived.depth > 0 ? `RE: ${derived.root.title}` : entry.title,
    body: entry.body,
    json_metadata: metadataObject(entry),
    created: entry.created,
    updated: entry.last_update ?? entry.created,
    depth: derived.depth,
    children: derived.children,
    net_rshares: entry.net_rshares ?? 0,
    is_paidout: paid,
    payout_at: payoutDate(entry),
    payout,
    pending_payout_value: paid ? `0.000 ${currency(chain)}` : amount(entry.pending_payout, chain),
    author_payout_value: amount(paid ? entry.paid!.total : undefined, chain),
    curator_payout_value: amount(paid ? entry.paid!.curator : undefined, chain),
    promoted: `0.000 ${currency(chain)}`,
    replies,
    reblogs: 0,
    author_reputation: reputation,
    stats: { hide: false, gray: reputation < 1 || (entry.net_rshares ?? 0) < 0, total_votes: Math.abs(entry.net_votes ?? 0), flag_weight: 0 },
    url: `/${derived.root.parent_permlink}/@${derived.root.author}/${derived.root.permlink}`,
    beneficiaries: [],
    max_accepted_payout: `1000000.000 ${currency(chain)}`,
    percent_hbd: 10000,
    active_votes: [],
    blacklists: [],
  }
  if (derived.depth > 0) {
    object.parent_author = entry.parent_author
    object.parent_permlink = entry.parent_permlink
  }
  return object
}

export function accountObject(dataset: ChainDataset, name: string) {
  return {
    id: Object.keys(dataset.accounts).indexOf(name) + 1,
    name,
    reputation: dataset.accounts[name],
    json_metadata: JSON.stringify({ profile: { name } }),
    post_count: dataset.entries.filter((entry) => entry.author === name).length,
    created: '2018-01-01T00:00:00',
  }
}
