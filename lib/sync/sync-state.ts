import { readFileSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import type { Chain } from './chains'

/**
 * What the last runs saw, kept in the output folder (`.sync-state.json`: a
 * dot-file, so neither the site nor Hexo reads it as content). It lets a run
 * fetch only posts whose `last_update` changed, and reply trees whose post
 * changed or that are older than `--replies-max-age`. Losing it costs one
 * full run, nothing else: files are compared byte for byte before writing.
 */
export const STATE_FILE = '.sync-state.json'

export interface PostState {
  /** The post file's name in the folder. */
  file: string
  /** The chain's `last_update` when the file was written. */
  last_update: string
  replies?: RepliesState
}

export interface RepliesState {
  /** The post's `children` and `last_update` when the tree was fetched. */
  children: number
  last_update: string
  /** When the tree was last fetched (whether or not it had changed), ISO 8601. */
  checked_at: string
}

export interface SyncState {
  format: 1
  chain: Chain
  account: string
  /** permlink → state. */
  posts: Record<string, PostState>
}

export class StateError extends Error {}

/** The folder's state; an empty one when there is none. A file for another account or chain is an error (one folder, one blog). */
export function readState(folder: string, chain: Chain, account: string): { state: SyncState; warning?: string } {
  const file = path.join(folder, STATE_FILE)
  const empty: SyncState = { format: 1, chain, account, posts: {} }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { state: empty }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { state: empty, warning: `${file} is not valid JSON: ignored (every post is checked again)` }
  }
  const state = data as Partial<SyncState> | null
  if (state?.format !== 1 || typeof state.posts !== 'object' || state.posts === null)
    return { state: empty, warning: `${file} is not a sync state this version reads: ignored (every post is checked again)` }
  if (state.account !== account || state.chain !== chain)
    throw new StateError(`${folder} holds @${state.account}'s ${state.chain} posts, not @${account}'s on ${chain}: choose another --out`)
  return { state: { format: 1, chain, account, posts: state.posts } }
}

/** Saves the state (sorted, so that git diffs stay small), unless the file already says the same. */
export function writeState(folder: string, state: SyncState): void {
  const posts = Object.fromEntries(Object.entries(state.posts).sort(([a], [b]) => a.localeCompare(b)))
  const file = path.join(folder, STATE_FILE)
  const text = `${JSON.stringify({ ...state, posts }, null, 2)}\n`
  let current: string | undefined
  try {
    current = readFileSync(file, 'utf8')
  } catch {}
  if (current !== text) writeFileAtomic(file, text)
}
