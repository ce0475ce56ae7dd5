import { afterEach, describe, expect, it } from 'vitest'
import type { Reply } from './conversation'
import { completeTree, displayReputation, fetchReplyTree, replyFromObject } from './reply-tree'
import { RpcClient } from './rpc-client'
import { startChainServer, type ChainServer } from './testing/chain-server'
import { DEMO_ACCOUNT, DEMO_MANY_REPLIES_POST, demoDataset } from './testing/demo-dataset'

const POST = { author: 'writer', permlink: 'post' }

const reply = (author: string, parent: string, fields: Partial<Reply> = {}): Reply => ({
  author,
  permlink: `re-${author}`,
  parent_author: parent === 'POST' ? POST.author : parent,
  parent_permlink: parent === 'POST' ? POST.permlink : `re-${parent}`,
  created: '2020-01-01T00:00:00',
  last_update: '2020-01-01T00:00:00',
  body: `by ${author}`,
  ...fields,
})

describe('replyFromObject', () => {
  it('reads a Steem hivemind condenser object (votes from active_votes, raw reputation, paid-out total)', () => {
    const object = {
      author: 'alice', permlink: 're-1', parent_author: 'writer', parent_permlink: 'post', body: 'Hi', created: '2020-03-28T17:12:42',
      last_update: '2020-03-29T01:02:03', net_rshares: '-5', author_reputation: '95832978796820', cashout_time: '1969-12-31T23:59:59',
      total_payout_value: '1.200 SBD', curator_payout_value: '0.345 SBD', pending_payout_value: '0.000 SBD',
      active_votes: [{ percent: '10000' }, { percent: '5000' }, { percent: '-10000' }, { percent: '0' }],
    }
    expect(replyFromObject(object)).toEqual({
      author: 'alice', permlink: 're-1', parent_author: 'writer', parent_permlink: 'post', created: '2020-03-28T17:12:42',
      last_update: '2020-03-29T01:02:03', body: 'Hi', votes: 1, payout: '1.545 SBD', reputation: 69.8, flagged: true,
    })
  })

  it('reads a bridge object (display reputation as given, stats, updated, pending payout)', () => {
    const object = {
      author: 'bob', permlink: 're-2', parent_author: 'writer', parent_permlink: 'post', body: 'Yo', created: '2021-01-01T00:00:00',
      updated: '2021-01-02T00:00:00', author_reputation: 58.43, stats: { total_votes: 7, gray: true, hide: false }, is_paidout: false,
      pending_payout_value: '0.567 HBD', net_rshares: 0,
    }
    expect(replyFromObject(object)).toMatchObject({ last_update: '2021-01-02T00:00:00', votes: 7, reputation: 58.4, payout: '0.567 HBD', flagged: true })
  })

  it('keeps a reply that is gone as `deleted`, without its text and numbers', () => {
    expect(replyFromObject({ author: 'carol', permlink: 're-3', parent_author: 'writer', parent_permlink: 'post', body: '', net_votes: 4, created: '2020-01-01T00:00:00' })).toEqual({
      author: 'carol', permlink: 're-3', parent_author: 'writer', parent_permlink: 'post', created: '2020-01-01T00:00:00',
      last_update: '2020-01-01T00:00:00', body: '', deleted: true,
    })
    expect(replyFromObject({ author: '', permlink: '', parent_author: '', body: '' }, POST)).toMatchObject({ author: '', permlink: '', parent_author: 'writer', parent_permlink: 'post', deleted: true })
    expect(replyFromObject({ author: 'x', permlink: 'y', body: 'orphan' })).toBeUndefined()
  })
})

describe('displayReputation', () => {
  it('follows Steemit’s formula', () => {
    expect(displayReputation(0)).toBe(25)
    expect(displayReputation(1e9)).toBe(25)
    expect(displayReputation(1e12)).toBeCloseTo(52)
    expect(displayReputation(-1e12)).toBeCloseTo(-2)
  })
})

describe('completeTree', () => {
  it('drops duplicates and the post itself, and sorts by time', () => {
    const tree = completeTree(
      [reply('b', 'a', { created: '2020-01-02T00:00:00' }), reply('a', 'POST'), reply('a', 'POST'), { ...reply('writer', 'POST'), permlink: 'post' }],
      POST,
    )
    expect(tree.map((r) => r.author)).toEqual(['a', 'b'])
  })

  it('puts a placeholder for a parent the chain no longer lists, so its replies still show', () => {
    const tree = completeTree([reply('child', 'missing')], POST)
    expect(tree).toHaveLength(2)
    expect(tree).toContainEqual(reply('child', 'missing'))
    expect(tree).toContainEqual({
      author: 'missing', permlink: 're-missing', parent_author: 'writer', parent_permlink: 'post',
      created: '2020-01-01T00:00:00', last_update: '2020-01-01T00:00:00', body: '', deleted: true,
    })
  })

  it('drops replies in a loop (a broken node), keeps the rest', () => {
    const tree = completeTree([reply('a', 'POST'), reply('x', 'y'), reply('y', 'x')], POST)
    expect(tree.map((r) => r.author)).toEqual(['a'])
  })

  it('follows a thread thousands deep without recursion', () => {
    const chain = [reply('r0', 'POST')]
    for (let i = 1; i < 5000; i++) chain.push(reply(`r${i}`, `r${i - 1}`))
    expect(completeTree(chain.reverse(), POST)).toHaveLength(5000)
  })
})

describe('fetchReplyTree', () => {
  let server: ChainServer | undefined
  afterEach(() => server?.stop())

  it('asks for nothing when the post has no replies', async () => {
    server = await startChainServer(demoDataset('steem'))
    expect(await fetchReplyTree(new RpcClient({ nodes: [server.url] }), 'steem', { author: DEMO_ACCOUNT, permlink: 'note-20', children: 0 })).toEqual([])
    expect(server.requests).toHaveLength(0)
  })

  it('gives the same tree on both chains for a busy thread', async () => {
    const trees = []
    for (const chain of ['steem', 'hive'] as const) {
      server = await startChainServer(demoDataset(chain, { manyReplies: 120 }))
      trees.push(await fetchReplyTree(new RpcClient({ nodes: [server.url] }), chain, { author: DEMO_ACCOUNT, permlink: DEMO_MANY_REPLIES_POST, children: 120 }))
      if (chain === 'hive') expect(server.requests.map((r) => r.method)).toEqual(['bridge.get_discussion'])
      else expect(server.requests.length).toBeLessThanOrEqual(121)
      await server.stop()
      server = undefined
    }
    expect(trees[0]).toHaveLength(120)
    const shape = (tree: Reply[]) => tree.map(({ author, permlink, parent_author, parent_permlink, body }) => ({ author, permlink, parent_author, parent_permlink, body }))
    expect(shape(trees[1])).toEqual(shape(trees[0]))
  })

  it('falls back to get_content_replies on Hive when get_discussion is cut at 2,000 entries', async () => {
    server = await startChainServer(demoDataset('hive', { manyReplies: 2100, branchLength: 1 }))
    const tree = await fetchReplyTree(new RpcClient({ nodes: [server.url] }), 'hive', { author: DEMO_ACCOUNT, permlink: DEMO_MANY_REPLIES_POST, children: 2100 })
    expect(tree).toHaveLength(2100)
    expect(server.requests.map((r) => r.method)).toEqual(['bridge.get_discussion', 'condenser_api.get_content_replies'])
  })
})
