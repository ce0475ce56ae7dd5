import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { accountNameProblem } from './account-name'
import { removeStaleTemporaries, writeFileAtomic } from '../atomic-write'
import { chainPost, type ListedPost } from './chain-post'
import type { Chain } from './chains'
import { REPLIES_FOLDER, conversationFileName, conversationJson, type ConversationFile } from './conversation'
import { listAccountPosts } from './list-posts'
import { forEachLimited } from './pool'
import { renderPostFile } from './post-file'
import { fetchReplyTree } from './reply-tree'
import { ChainAnswerError, RpcClient, SyncAborted, type NodeFailure, type RpcClientOptions } from './rpc-client'
import { readState, writeState, type PostState, type SyncState } from './sync-state'

/**
 * One sync run: list the account's posts, fetch what is new or changed,
 * write files the source system would have written, then the reply trees
 * that are due. Everything it learns goes to the state file, saved as it
 * goes, so an interrupted run resumes where it stopped.
 */
export interface SyncOptions {
  account: string
  chain: Chain
  nodes: readonly string[]
  /** The folder of this account's posts. */
  out: string
  /** Fetch and rewrite every post and tree, whatever the state says. */
  full?: boolean
  /** Sync reply trees (default true). */
  replies?: boolean
  /** A tree older than this is fetched again (default 7 days). */
  repliesMaxAgeMs?: number
  /** Delete the files of posts the chain no longer has. */
  prune?: boolean
  signal?: AbortSignal
  events?: SyncEvents
  /** Client settings (tests shorten timeouts). */
  client?: Partial<RpcClientOptions>
  now?: () => Date
}

export interface SyncEvents {
  progress?(counts: SyncCounts): void
  /** The listing is complete. */
  listed?(posts: number, reblogs: number): void
  /** A file was written (path relative to the working directory when inside it). */
  wrote?(file: string, kind: 'post' | 'replies'): void
  warn?(message: string): void
}

export interface SyncCounts {
  /** Own top-level posts in the listing. */
  listed: number
  /** Posts fetched with get_content. */
  fetched: number
  written: number
  unchanged: number
  /** Listed, but gone when fetched (deleted). */
  skipped: number
  /** Reblogs (and comments) in the listing, not synced. */
  reblogs: number
  trees: { fetched: number; written: number; unchanged: number; replies: number }
}

export interface SyncResult extends SyncCounts {
  /** Posts the state knows that the chain no longer lists or has (their files stay unless pruned). */
  gone: string[]
  pruned: number
}

/** Bad input: the CLI prints the message as one line. */
export class SyncInputError extends Error {}

const DAY_MS = 86_400_000
const SAVE_EVERY = 25
const POSTS_IN_PARALLEL = 4

export async function syncAccount(options: SyncOptions): Promise<SyncResult> {
  const { account, chain, out } = options
  const events = options.events ?? {}
  const now = options.now ?? (() => new Date())
  const problem = accountNameProblem(account)
  if (problem) throw new SyncInputError(`invalid account name "${account}": ${problem}`)
  const { state, warning } = readState(out, chain, account)
  if (warning) events.warn?.(warning)

  const rpc = new RpcClient({
    nodes: options.nodes,
    signal: options.signal,
    onNodeFailure: (failure: NodeFailure) => events.warn?.(`${failure.node}: ${failure.problem} (${failure.method}); another node answered`),
    ...options.client,
  })
  const accounts = await rpc.call<unknown>('condenser_api.get_accounts', [[account]])
  if (!Array.isArray(accounts) || !accounts.some((item) => (item as { name?: unknown })?.name === account))
    throw new SyncInputError(`no account @${account} on ${chain} (check the name, or --chain)`)

  const counts: SyncCounts = { listed: 0, fetched: 0, written: 0, unchanged: 0, skipped: 0, reblogs: 0, trees: { fetched: 0, written: 0, unchanged: 0, replies: 0 } }
  const progress = () => events.progress?.(counts)
  const listing = await listAccountPosts(rpc, chain, account, (listed) => {
    counts.listed = listed
    progress()
  })
  counts.reblogs = listing.reblogs + listing.comments
  events.listed?.(listing.posts.length, counts.reblogs)
  progress()

  removeStaleTemporaries(out)
  removeStaleTemporaries(path.join(out, REPLIES_FOLDER))
  const listed = new Set(listing.posts.map((post) => post.permlink))
  const gone = new Set(Object.keys(state.posts).filter((permlink) => !listed.has(permlink)))
  let sinceSave = 0
  const save = () => {
    if (existsSync(out)) writeState(out, state)
    sinceSave = 0
  }
  const run = new PostRun(options, rpc, state, counts, events, now)

  try {
    await forEachLimited(listing.posts, POSTS_IN_PARALLEL, async (listed) => {
      if (options.signal?.aborted) return
      const kept = await run.post(listed)
      if (!kept) {
        if (state.posts[listed.permlink]) gone.add(listed.permlink)
      } else if (options.replies !== false) {
        await run.replies(listed, kept)
      }
      progress()
      if (++sinceSave >= SAVE_EVERY) save()
    })
    if (options.signal?.aborted) throw new SyncAborted()
  } finally {
    save()
  }

  let pruned = 0
  if (options.prune) {
    for (const permlink of gone) {
      const entry = state.posts[permlink]
      if (!entry) continue
      for (const file of [path.join(out, entry.file), path.join(out, REPLIES_FOLDER, conversationFileName(entry.file))]) {
        if (existsSync(file)) {
          rmSync(file)
          pruned++
        }
      }
      delete state.posts[permlink]
    }
    save()
  }
  return { ...counts, gone: [...gone].sort(), pruned }
}

/** The work on one post: its file, then its conversation. */
class PostRun {
  constructor(
    private readonly options: SyncOptions,
    private readonly rpc: RpcClient,
    private readonly state: SyncState,
    private readonly counts: SyncCounts,
    private readonly events: SyncEvents,
    private readonly now: () => Date,
  ) {}

  /** Writes the post's file if it is new or changed; the post's state, or undefined when the chain says it is gone. */
  async post(listed: ListedPost): Promise<PostState | undefined> {
    const { out, chain } = this.options
    const known = this.state.posts[listed.permlink]
    if (!this.options.full && known && known.last_update === listed.lastUpdate && existsSync(path.join(out, known.file))) {
      this.counts.unchanged++
      return known
    }
    let object: unknown
    try {
      object = await this.rpc.call('condenser_api.get_content', [listed.author, listed.permlink])
    } catch (error) {
      // Hive answers a deleted post with an error; Steem with an empty object (below).
      if (!(error instanceof ChainAnswerError)) throw error
      object = undefined
    }
    this.counts.fetched++
    const post = chainPost(object)
    if (!post) {
      this.counts.skipped++
      this.events.warn?.(`@${listed.author}/${listed.permlink} is listed but gone from the chain (deleted?): skipped`)
      return undefined
    }
    if (!/^[^/\\\0.][^/\\\0]*$/.test(post.permlink)) {
      this.counts.skipped++
      this.events.warn?.(`@${post.author}/${post.permlink}: a permlink that cannot be a file name: skipped`)
      return undefined
    }
    const file = renderPostFile(post, chain)
    this.writeIfChanged(path.join(out, file.name), file.text, this.counts, 'post')
    const entry: PostState = { ...known, file: file.name, last_update: listed.lastUpdate }
    this.state.posts[listed.permlink] = entry
    return entry
  }

  /** Fetches and writes the reply tree when it is missing, its post changed, or it is older than the max age. */
  async replies(listed: ListedPost, entry: PostState): Promise<void> {
    const file = path.join(this.options.out, REPLIES_FOLDER, conversationFileName(entry.file))
    const checked = entry.replies
    const maxAge = this.options.repliesMaxAgeMs ?? 7 * DAY_MS
    const due =
      this.options.full ||
      !checked ||
      !existsSync(file) ||
      checked.children !== listed.children ||
      checked.last_update !== listed.lastUpdate ||
      this.now().getTime() - Date.parse(checked.checked_at) >= maxAge
    if (!due) return
    let replies
    try {
      replies = await fetchReplyTree(this.rpc, this.options.chain, listed)
    } catch (error) {
      if (!(error instanceof ChainAnswerError)) throw error
      this.events.warn?.(`@${listed.author}/${listed.permlink}: replies not fetched: ${error.detail}`)
      return
    }
    const fetchedAt = this.now().toISOString()
    const conversation: ConversationFile = {
      format: 1,
      chain: this.options.chain,
      post: { author: listed.author, permlink: listed.permlink, children: listed.children, last_update: listed.lastUpdate },
      fetched_at: fetchedAt,
      replies,
    }
    this.counts.trees.fetched++
    this.counts.trees.replies += replies.length
    // A refresh that finds the same tree leaves the file (and a git history of it) alone.
    if (sameConversation(file, conversation)) this.counts.trees.unchanged++
    else this.writeIfChanged(file, conversationJson(conversation), this.counts.trees, 'replies')
    entry.replies = { children: listed.children, last_update: listed.lastUpdate, checked_at: fetchedAt }
  }

  private writeIfChanged(file: string, text: string, counts: { written: number; unchanged: number }, kind: 'post' | 'replies'): void {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) {
      counts.unchanged++
      return
    }
    writeFileAtomic(file, text)
    counts.written++
    this.events.wrote?.(displayPath(file), kind)
  }
}

function sameConversation(file: string, conversation: ConversationFile): boolean {
  if (!existsSync(file)) return false
  try {
    const existing = JSON.parse(readFileSync(file, 'utf8')) as ConversationFile
    return conversationJson({ ...existing, fetched_at: '' }) === conversationJson({ ...conversation, fetched_at: '' })
  } catch {
    return false
  }
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
