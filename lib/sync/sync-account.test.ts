import matter from 'gray-matter'
import { CORE_SCHEMA, load } from 'js-yaml'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NodesFailedError, SyncAborted } from './rpc-client'
import { STATE_FILE, StateError } from './sync-state'
import { SyncInputError, syncAccount, type SyncOptions } from './sync-account'
import { startChainServer, type ChainServer } from './testing/chain-server'
import { expectConversationContract } from './testing/conversation-contract'
import type { Chain } from './chains'
import { DEMO_ACCOUNT, DEMO_THREAD_POST, demoDataset } from './testing/demo-dataset'

let server: ChainServer
let out: string
let warnings: string[]

async function start(chain: Chain = 'steem', options?: Parameters<typeof startChainServer>[1]) {
  await server?.stop()
  server = await startChainServer(demoDataset(chain), options)
}

beforeEach(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'sync-')), 'posts', DEMO_ACCOUNT)
  warnings = []
  await start()
})
afterEach(async () => {
  await server.stop()
  rmSync(path.dirname(path.dirname(out)), { recursive: true, force: true })
})

const sync = (options: Partial<SyncOptions> = {}) =>
  syncAccount({
    account: DEMO_ACCOUNT,
    chain: server.dataset.chain,
    nodes: [server.url],
    out,
    events: { warn: (message) => warnings.push(message) },
    client: { timeoutMs: 300, backoffMs: 1 },
    ...options,
  })

const files = (folder = out) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') || name.endsWith('.json')).sort() : [])
const read = (name: string) => readFileSync(path.join(out, name), 'utf8')
const calls = (method: string) => server.requests.filter((request) => request.method === method)
const frontMatter = (text: string) =>
  matter(text.replace(/^\n/, ''), { engines: { yaml: (yaml) => load(yaml, { schema: CORE_SCHEMA }) as object } }).data

/** Sets every file's time far back, then lists the ones a run touched. */
function markOld(): () => string[] {
  const old = new Date('2001-01-01T00:00:00Z')
  const all = [...files().map((name) => path.join(out, name)), ...files(path.join(out, '_replies')).map((name) => path.join(out, '_replies', name))]
  for (const file of all) utimesSync(file, old, old)
  return () =>
    [...files().map((name) => name), ...files(path.join(out, '_replies')).map((name) => `_replies/${name}`)].filter(
      (name) => name !== STATE_FILE && statSync(path.join(out, name)).mtimeMs !== old.getTime(),
    )
}

function edit(permlink: string, change: Partial<(typeof server.dataset.entries)[number]>) {
  const entry = server.dataset.entries.find((item) => item.permlink === permlink)!
  Object.assign(entry, change)
}

describe.each(['steem', 'hive'] as const)('a first sync on %s', (chain) => {
  it('writes every own post and its conversation, skipping reblogs, comments and a deleted post', async () => {
    await start(chain)
    const result = await sync()
    expect(result).toMatchObject({ listed: 45, fetched: 45, written: 44, unchanged: 0, skipped: 1, reblogs: chain === 'steem' ? 2 : 0 })
    const posts = files().filter((name) => name.endsWith('.md'))
    expect(posts).toHaveLength(44)
    expect(posts[0]).toBe(`2020-01-01_${DEMO_THREAD_POST}.md`)
    expect(posts).not.toContain('2020-01-07_listed-but-gone.md')
    expect(posts.some((name) => name.includes('friends-post'))).toBe(false)
    expect(warnings).toContain(`@${DEMO_ACCOUNT}/listed-but-gone is listed but gone from the chain (deleted?): skipped`)
    expect(files(path.join(out, '_replies'))).toEqual(posts.map((name) => name.replace(/\.md$/, '.json')))

    const post = read(`2020-01-01_${DEMO_THREAD_POST}.md`)
    expect(post.endsWith(`(https://${chain === 'steem' ? 'steemit.com' : 'hive.blog'}/@writer/${DEMO_THREAD_POST})\n`)).toBe(true)
    expect(frontMatter(post)).toMatchObject({ permlink: DEMO_THREAD_POST, date: '2020-01-01 08:00:00', categories: ['cn'], tags: ['cn', 'archive', 'steem'] })
    expect(frontMatter(read('2020-01-02_yes-and-2020.md'))).toMatchObject({ tags: ['yes', '2020', 'life'] })
    expect(frontMatter(read('2020-01-04_tags-as-a-string.md'))).toMatchObject({ tags: ['travel', 'photo'] })

    for (const name of files(path.join(out, '_replies'))) expectConversationContract(read(`_replies/${name}`))
  })

  it('stores the whole tree: six levels, hostile markup as written, a 3,000-line reply, votes, payouts, reputation, flags', async () => {
    await start(chain)
    await sync()
    const conversation = JSON.parse(read(`_replies/2020-01-01_${DEMO_THREAD_POST}.json`))
    expect(conversation).toMatchObject({ format: 1, chain, post: { author: DEMO_ACCOUNT, permlink: DEMO_THREAD_POST, last_update: '2020-01-01T08:00:00' } })
    const byPermlink = new Map(conversation.replies.map((reply: { permlink: string }) => [reply.permlink, reply]))
    const depth = (permlink: string): number => {
      const reply = byPermlink.get(permlink) as { parent_permlink: string } | undefined
      return reply ? 1 + depth(reply.parent_permlink) : 0
    }
    expect(depth('re-reader-re-friend-1')).toBe(6)
    expect(byPermlink.get('re-welcome-troll')).toMatchObject({ flagged: true, votes: chain === 'steem' ? -4 : 4 })
    expect((byPermlink.get('re-welcome-troll') as { body: string }).body).toContain('<script>alert("reply script")</script>')
    expect((byPermlink.get('re-welcome-troll') as { reputation: number }).reputation).toBeLessThan(0)
    expect((byPermlink.get('re-welcome-long') as { body: string }).body.split('\n')).toHaveLength(3000)
    expect(byPermlink.get('re-welcome-long')).toMatchObject({ reputation: 25 })
    expect(byPermlink.get('re-welcome-paid')).toMatchObject({ payout: `0.620 ${chain === 'steem' ? 'SBD' : 'HBD'}` })
    expect(byPermlink.get('re-welcome-1')).toMatchObject({ votes: 3, payout: `0.012 ${chain === 'steem' ? 'SBD' : 'HBD'}`, reputation: 61.8 })
    if (chain === 'steem') {
      // Steem lists a deleted reply that has replies as a tombstone: kept so its reply keeps its place.
      expect(byPermlink.get('re-welcome-deleted')).toMatchObject({ body: '', deleted: true })
      expect(byPermlink.get('re-friend-re-welcome-deleted')).toMatchObject({ parent_permlink: 're-welcome-deleted' })
      expect(conversation.replies).toHaveLength(12)
    } else {
      // Hive's get_discussion leaves out a deleted reply and its branch.
      expect(byPermlink.has('re-welcome-deleted')).toBe(false)
      expect(byPermlink.has('re-friend-re-welcome-deleted')).toBe(false)
      expect(conversation.replies).toHaveLength(10)
    }
  })

  it('pages the listing by 20 within the chain’s limits, and fetches trees the chain’s way', async () => {
    await start(chain)
    await sync()
    if (chain === 'steem') {
      const pages = calls('condenser_api.get_discussions_by_blog').map((call) => (call.params as Record<string, unknown>[])[0])
      expect(pages).toHaveLength(3)
      expect(pages.every((page) => page.limit === 20 && page.tag === DEMO_ACCOUNT)).toBe(true)
      expect(calls('bridge.get_discussion')).toHaveLength(0)
      // Only posts and replies that have replies are asked for theirs.
      expect(calls('condenser_api.get_content_replies').length).toBeLessThan(12)
    } else {
      const pages = calls('bridge.get_account_posts').map((call) => call.params as Record<string, unknown>)
      expect(pages.every((page) => page.sort === 'posts' && page.limit === 20)).toBe(true)
      expect(pages).toHaveLength(3)
      expect(calls('bridge.get_discussion')).toHaveLength(2)
    }
  })
})

describe('the next runs', () => {
  it('fetch nothing and touch no file when nothing changed', async () => {
    await sync()
    const touched = markOld()
    server.requests.length = 0
    const result = await sync()
    expect(result).toMatchObject({ fetched: 1, written: 0, unchanged: 44, trees: { fetched: 0 } })
    // Only the post the chain lists but cannot give is asked for again.
    expect(calls('condenser_api.get_content')).toHaveLength(1)
    expect(touched()).toEqual([])
    expect(statSync(path.join(out, STATE_FILE)).mtimeMs).toBe(new Date('2001-01-01T00:00:00Z').getTime())
  })

  it('rewrite only the post that was edited, whenever the edit happened', async () => {
    await sync()
    const touched = markOld()
    edit('note-20', { body: 'Edited years later.', last_update: '2024-06-01T00:00:00' })
    server.requests.length = 0
    const result = await sync()
    expect(result).toMatchObject({ written: 1, trees: { fetched: 1, written: 1 } })
    expect(calls('condenser_api.get_content').map((call) => (call.params as string[])[1]).sort()).toEqual(['listed-but-gone', 'note-20'])
    expect(touched()).toEqual(['2020-01-21_note-20.md', '_replies/2020-01-21_note-20.json'])
    expect(read('2020-01-21_note-20.md')).toContain('\n\n\nEdited years later.\n')
    expect(JSON.parse(read('_replies/2020-01-21_note-20.json')).post.last_update).toBe('2024-06-01T00:00:00')
  })

  it('refetch a tree whose post got a new reply, and only that one', async () => {
    await sync()
    const touched = markOld()
    const post = server.dataset.entries.find((entry) => entry.permlink === 'note-30')!
    server.dataset.entries.push({ ...post, author: 'reader', permlink: 're-note-30', parent_author: post.author, parent_permlink: post.permlink, body: 'New!', created: '2024-01-01T00:00:00' })
    const result = await sync()
    expect(result).toMatchObject({ written: 0, trees: { fetched: 1, written: 1 } })
    expect(touched()).toEqual(['_replies/2020-01-31_note-30.json'])
    expect(JSON.parse(read('_replies/2020-01-31_note-30.json')).replies).toMatchObject([{ permlink: 're-note-30', body: 'New!' }])
  })

  it('refresh trees older than the max age, rewriting only those that changed (an edited reply)', async () => {
    await sync()
    const touched = markOld()
    edit('re-welcome-1', { body: 'Great post! (edited)', last_update: '2024-01-01T00:00:00' })
    const later = () => new Date(Date.now() + 8 * 86_400_000)
    expect(await sync({ now: later, repliesMaxAgeMs: 7 * 86_400_000 })).toMatchObject({ trees: { fetched: 44, written: 1, unchanged: 43 } })
    expect(touched()).toEqual([`_replies/2020-01-01_${DEMO_THREAD_POST}.json`])
    // Refreshed just now: the next run leaves every tree alone.
    expect(await sync({ now: later })).toMatchObject({ trees: { fetched: 0 } })
  })

  it('report a post the chain no longer has and keep its file; --prune deletes it', async () => {
    await sync()
    edit('note-15', { deleted: true })
    const kept = await sync()
    expect(kept.gone).toEqual(['note-15'])
    expect(files()).toContain('2020-01-16_note-15.md')
    const pruned = await sync({ prune: true })
    expect(pruned).toMatchObject({ gone: ['note-15'], pruned: 2 })
    expect(files()).not.toContain('2020-01-16_note-15.md')
    expect(files(path.join(out, '_replies'))).not.toContain('2020-01-16_note-15.json')
    expect((await sync()).gone).toEqual([])
  })

  it('--full fetches everything again and still rewrites nothing that is the same', async () => {
    await sync()
    const touched = markOld()
    server.requests.length = 0
    expect(await sync({ full: true })).toMatchObject({ fetched: 45, written: 0, unchanged: 44, trees: { fetched: 44, written: 0 } })
    expect(touched()).toEqual([])
  })

  it('--no-replies leaves conversations alone', async () => {
    await sync({ replies: false })
    expect(existsSync(path.join(out, '_replies'))).toBe(false)
    expect(calls('condenser_api.get_content_replies')).toHaveLength(0)
  })
})

describe('failures', () => {
  it('fails over past a 503 node, a hanging node and an HTML node, saying so', async () => {
    const result = await sync({ nodes: [server.nodes.unavailable, server.nodes.hang, server.nodes.html, server.url] })
    expect(result.written).toBe(44)
    expect(warnings.slice(0, 3)).toEqual([
      `${server.nodes.unavailable}: HTTP 503 (condenser_api.get_accounts); another node answered`,
      `${server.nodes.hang}: timed out after 300 ms (condenser_api.get_accounts); another node answered`,
      `${server.nodes.html}: answered HTML, not JSON-RPC (is this the URL of an API node?) (condenser_api.get_accounts); another node answered`,
    ])
  })

  it('keeps at most four requests in flight', async () => {
    await start('steem', { delayMs: 5 })
    await sync()
    expect(server.maxInFlight()).toBeLessThanOrEqual(4)
    expect(server.maxInFlight()).toBeGreaterThan(1)
  })

  it('resumes after the nodes fail mid-run: every file is whole, and only the rest is fetched', async () => {
    let contents = 0
    await start('steem', {
      override: (request) => (request.method === 'condenser_api.get_content' && ++contents > 20 ? 'unavailable' : undefined),
    })
    const error = await sync().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NodesFailedError)
    const state = JSON.parse(read(STATE_FILE))
    const saved = Object.keys(state.posts)
    expect(saved.length).toBeGreaterThan(10)
    expect(saved.length).toBeLessThan(44)
    for (const name of files().filter((file) => file.endsWith('.md'))) expect(read(name)).toMatch(/This page is synchronized from the post: .*\n$/)
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])

    await start('steem')
    const result = await sync()
    expect(calls('condenser_api.get_content')).toHaveLength(45 - saved.length)
    expect(files().filter((file) => file.endsWith('.md'))).toHaveLength(44)
    expect(result.skipped).toBe(1)
  })

  it('stops on Ctrl-C with the state saved, and the next run finishes the job', async () => {
    const controller = new AbortController()
    let written = 0
    const error = await sync({
      signal: controller.signal,
      events: { wrote: (_, kind) => kind === 'post' && ++written === 5 && controller.abort() },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyncAborted)
    const saved = Object.keys(JSON.parse(read(STATE_FILE)).posts).length
    expect(saved).toBeGreaterThanOrEqual(5)
    server.requests.length = 0
    expect((await sync()).written).toBe(44 - saved)
  })

  it('removes temporary files a killed run left behind', async () => {
    await sync()
    writeFileSync(path.join(out, '.sync-2020-01-01_x.md.123.tmp'), 'half')
    await sync()
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('rejects bad input in one line, without touching the disk', async () => {
    await expect(sync({ account: 'Bad_Name' })).rejects.toThrow(new SyncInputError('invalid account name "Bad_Name": names are lower-case'))
    expect(server.requests).toHaveLength(0)
    await expect(sync({ account: 'nobody' })).rejects.toThrow('no account @nobody on steem (check the name, or --chain)')
    await expect(sync({ nodes: [server.nodes.html] })).rejects.toThrow(
      `the node failed for condenser_api.get_accounts: ${server.nodes.html}: answered HTML, not JSON-RPC (is this the URL of an API node?)`,
    )
    expect(existsSync(path.dirname(out))).toBe(false)
  })

  it('refuses a folder that holds another account’s sync', async () => {
    await sync()
    await expect(sync({ chain: 'hive' })).rejects.toThrow(StateError)
    await expect(sync({ chain: 'hive' })).rejects.toThrow(`${out} holds @writer's steem posts, not @writer's on hive: choose another --out`)
  })
})
