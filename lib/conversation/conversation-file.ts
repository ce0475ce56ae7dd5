import { ContentError } from '../content/content-error'

/**
 * The conversation file: one post's whole reply tree as `npm run sync` wrote
 * it (`<folder>/_replies/<name>.json` beside `<folder>/<name>.md`). This file
 * is the only contract between the sync and the site: neither imports the
 * other's code.
 */
export interface ConversationFile {
  format: 1
  chain: Chain
  /** The post these replies belong to, as the chain reported it when the tree was fetched. */
  post: { author: string; permlink: string; children: number; last_update: string }
  /** When the tree was fetched, ISO 8601 with `Z`. */
  fetched_at: string
  /** Every reply in the tree, any depth, in any order; the tree comes from parent_author/parent_permlink. */
  replies: Reply[]
}

export type Chain = 'steem' | 'hive'

export interface Reply {
  author: string
  permlink: string
  /** The post's author/permlink for a top-level reply. */
  parent_author: string
  parent_permlink: string
  /** UTC as the chain gives it: `YYYY-MM-DDTHH:MM:SS`, no zone. */
  created: string
  last_update: string
  /** Markdown as written (Steemit dialect: markdown + raw HTML). */
  body: string
  votes?: number
  /** "1.234 SBD" / "0.567 HBD". */
  payout?: string
  /** The author's reputation as Steemit displays it (25 for new accounts; negative = bad). */
  reputation?: number
  flagged?: boolean
  /** Listed by the chain but gone: kept only so its children keep their place. */
  deleted?: boolean
}

const isChain = (value: unknown): value is Chain => value === 'steem' || value === 'hive'

export const CHAIN_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/

/**
 * Parses and validates a conversation file. A problem is one line naming the
 * file and the JSON path of the bad field (`replies[3].created: …`); keys the
 * contract does not name are ignored, so a newer sync can add fields.
 */
export function parseConversationFile(text: string, file: string): ConversationFile {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const { line, problem } = describeJsonError(text, (error as Error).message)
    throw new ContentError(file, line, `invalid JSON: ${problem}`)
  }
  // Typed explicitly so that `check.fail` (never returns) narrows what follows.
  const check: Checker = new Checker(file)
  const root = check.object(data, '')
  if (root.format !== 1)
    check.fail(
      'format',
      `unsupported format ${JSON.stringify(root.format)}: this site reads format 1 (update the site, or sync again)`,
    )
  const chain = root.chain
  if (!isChain(chain)) check.fail('chain', `expected "steem" or "hive", got ${show(chain)}`)
  const post = check.object(root.post, 'post')
  const replies = check.array(root.replies, 'replies')
  const conversation: ConversationFile = {
    format: 1,
    chain,
    post: {
      author: check.name(post.author, 'post.author'),
      permlink: check.name(post.permlink, 'post.permlink'),
      children: check.count(post.children, 'post.children'),
      last_update: check.chainTime(post.last_update, 'post.last_update'),
    },
    fetched_at: check.string(root.fetched_at, 'fetched_at', ISO_UTC, 'an ISO 8601 time ending in Z'),
    replies: replies.map((value, at) => readReply(check, value, `replies[${at}]`)),
  }
  checkLinks(conversation, check)
  return conversation
}

/** `@author/permlink`: how Steemit names a post or reply (and the id of a reply on the page). */
export const replyKey = (author: string, permlink: string) => `@${author}/${permlink}`

/**
 * Every reply hangs off the post or another reply in the file, once: a reply
 * whose parent is missing, a reply listed twice, or a loop would lose replies
 * without a word, so each is an error naming the reply.
 */
function checkLinks(conversation: ConversationFile, check: Checker): void {
  const postKey = replyKey(conversation.post.author, conversation.post.permlink)
  const index = new Map<string, number>()
  conversation.replies.forEach((reply, at) => {
    if (!reply.author) return
    const key = replyKey(reply.author, reply.permlink)
    const first = index.get(key)
    if (first !== undefined) check.fail(`replies[${at}]`, `${key} is listed twice (also replies[${first}])`)
    if (key === postKey) check.fail(`replies[${at}]`, `${key} is the post itself`)
    index.set(key, at)
  })
  conversation.replies.forEach((reply, at) => {
    const parent = replyKey(reply.parent_author, reply.parent_permlink)
    if (parent !== postKey && !index.has(parent))
      check.fail(
        `replies[${at}].parent_permlink`,
        `parent ${parent} is neither the post (${postKey}) nor a reply in this file`,
      )
  })
  // Walk up from each reply; memoized so the whole check stays linear.
  const reaches = new Map<string, true>([[postKey, true]])
  conversation.replies.forEach((reply, at) => {
    const passed = new Set<string>()
    let key = replyKey(reply.author, reply.permlink)
    let current = reply
    while (!reaches.has(key)) {
      if (passed.has(key))
        check.fail(`replies[${at}]`, `its parents loop (${[...passed, key].join(' → ')}) and never reach the post`)
      passed.add(key)
      key = replyKey(current.parent_author, current.parent_permlink)
      // Not the post (it is in `reaches`), so a listed reply: checked above.
      if (!reaches.has(key)) current = conversation.replies[index.get(key)!]
    }
    for (const key of passed) reaches.set(key, true)
  })
}

function readReply(check: Checker, value: unknown, at: string): Reply {
  const reply = check.object(value, at)
  const deleted = check.optionalBoolean(reply.deleted, `${at}.deleted`)
  // A deleted reply the chain no longer names cannot be anyone's parent; it is dropped later.
  const name = (key: 'author' | 'permlink') =>
    deleted && reply[key] === '' ? '' : check.name(reply[key], `${at}.${key}`)
  const result: Reply = {
    author: name('author'),
    permlink: name('permlink'),
    parent_author: check.name(reply.parent_author, `${at}.parent_author`),
    parent_permlink: check.name(reply.parent_permlink, `${at}.parent_permlink`),
    created: check.chainTime(reply.created, `${at}.created`),
    last_update: check.chainTime(reply.last_update, `${at}.last_update`),
    body: check.string(reply.body, `${at}.body`),
  }
  if (reply.votes !== undefined) result.votes = check.integer(reply.votes, `${at}.votes`)
  if (reply.payout !== undefined)
    result.payout = check.string(reply.payout, `${at}.payout`, /^\d+(?:\.\d+)? [A-Z]+$/, 'an amount like "1.234 SBD"')
  if (reply.reputation !== undefined) result.reputation = check.finite(reply.reputation, `${at}.reputation`)
  const flagged = check.optionalBoolean(reply.flagged, `${at}.flagged`)
  if (flagged !== undefined) result.flagged = flagged
  if (deleted !== undefined) result.deleted = deleted
  return result
}

/** Type checks that fail with the file and the JSON path of the field. */
class Checker {
  constructor(private readonly file: string) {}

  fail(at: string, problem: string): never {
    throw new ContentError(this.file, undefined, at ? `${at}: ${problem}` : problem)
  }

  object(value: unknown, at: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(at, `expected an object, got ${show(value)}`)
    return value as Record<string, unknown>
  }

  array(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `expected an array, got ${show(value)}`)
    return value
  }

  string(value: unknown, at: string, pattern?: RegExp, expected?: string): string {
    if (typeof value !== 'string') this.fail(at, `expected a string, got ${show(value)}`)
    if (pattern && !pattern.test(value)) this.fail(at, `expected ${expected}, got ${show(value)}`)
    return value
  }

  /** An account name or permlink: what links and the tree are built from. */
  name(value: unknown, at: string): string {
    return this.string(value, at, /^[^\s/#?]+$/, 'a non-empty name without spaces, "/", "#" or "?"')
  }

  chainTime(value: unknown, at: string): string {
    return this.string(value, at, CHAIN_TIME, 'a UTC time like "2020-03-28T17:12:42"')
  }

  finite(value: unknown, at: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at, `expected a number, got ${show(value)}`)
    return value
  }

  integer(value: unknown, at: string): number {
    if (!Number.isInteger(value)) this.fail(at, `expected a whole number, got ${show(value)}`)
    return value as number
  }

  count(value: unknown, at: string): number {
    const n = this.integer(value, at)
    if (n < 0) this.fail(at, `expected a count (0 or more), got ${n}`)
    return n
  }

  optionalBoolean(value: unknown, at: string): boolean | undefined {
    if (value !== undefined && typeof value !== 'boolean') this.fail(at, `expected true or false, got ${show(value)}`)
    return value
  }
}

/** A value as a short quote for a message (a body can be megabytes). */
function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/**
 * V8's message without the quoted input it may carry, and the line when the
 * message gives a position (`at position 123`; newer Node: `line 4 column 2`).
 */
function describeJsonError(text: string, message: string): { line?: number; problem: string } {
  const problem = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), problem }
  const position = /at position (\d+)/.exec(message)
  if (position) return { line: text.slice(0, Number(position[1])).split('\n').length, problem }
  return { problem }
}
