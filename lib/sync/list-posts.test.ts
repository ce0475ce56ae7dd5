import { afterEach, describe, expect, it } from 'vitest'
import { listAccountPosts } from './list-posts'
import { RpcClient } from './rpc-client'
import { startChainServer, type ChainServer } from './testing/chain-server'
import { DEMO_ACCOUNT, demoDataset } from './testing/demo-dataset'

let server: ChainServer | undefined
afterEach(() => server?.stop())

async function list(chain: 'steem' | 'hive', posts: number) {
  server = await startChainServer(demoDataset(chain, { posts }))
  return listAccountPosts(new RpcClient({ nodes: [server.url] }), chain, DEMO_ACCOUNT)
}

describe('listAccountPosts', () => {
  it.each([
    ['steem', 45],
    ['hive', 45],
    ['steem', 40],
    ['hive', 40],
    ['steem', 8],
  ] as const)('lists every own post once on %s (%i posts), newest first', async (chain, count) => {
    const listing = await list(chain, count)
    expect(listing.posts).toHaveLength(count)
    expect(new Set(listing.posts.map((post) => post.permlink)).size).toBe(count)
    const times = listing.posts.map((post) => post.lastUpdate)
    expect([...times].sort().reverse()).toEqual(times)
    expect(listing.posts.every((post) => post.author === DEMO_ACCOUNT && !post.isComment)).toBe(true)
  })

  it('pages Steem’s blog inclusively from the last entry, a reblog included, and counts reblogs out', async () => {
    const listing = await list('steem', 45)
    expect(listing.reblogs).toBe(2)
    const pages = server!.requests.map((request) => (request.params as Record<string, unknown>[])[0])
    expect(pages[0]).toEqual({ tag: DEMO_ACCOUNT, limit: 20 })
    // The first page ends with a reblog: the cursor is that entry (Steem sends it again first on the next page).
    expect(pages[1]).toMatchObject({ start_author: 'friend', start_permlink: 'another-friends-post' })
    expect(pages).toHaveLength(3)
  })

  it('pages Hive’s posts exclusively, with no reblogs to skip', async () => {
    const listing = await list('hive', 40)
    expect(listing.reblogs).toBe(0)
    const pages = server!.requests.map((request) => request.params as Record<string, unknown>)
    // 40 posts: two full pages, then an empty one.
    expect(pages.map((page) => page.start_permlink)).toEqual([undefined, 'note-20', 'welcome-to-the-archive'])
    expect(pages.every((page) => page.sort === 'posts' && page.limit === 20)).toBe(true)
  })

  it('stops when a node ignores the cursor (a page of nothing new)', async () => {
    server = await startChainServer(demoDataset('steem'), {
      override: (request) => {
        const page = (request.params as Record<string, unknown>[])[0]
        if (page.start_author) page.start_author = page.start_permlink = undefined
        return undefined
      },
    })
    const listing = await listAccountPosts(new RpcClient({ nodes: [server.url] }), 'steem', DEMO_ACCOUNT)
    // The first page (19 posts and a reblog) once, not forever.
    expect(listing.posts).toHaveLength(19)
    expect(server.requests).toHaveLength(2)
  })
})
