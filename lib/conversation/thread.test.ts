import { describe, expect, it } from 'vitest'
import { buildThread, type ReplyGroup, type ThreadSettings } from './thread'
import { conversation, reply } from './test-conversation'

const SETTINGS: ThreadSettings = { order: 'oldest', collapseDepth: 5, collapseAfter: 10 }

/** Authors of a group, `more` ones after a `|`. */
const authors = (group: ReplyGroup) => [
  ...group.shown.map((r) => r.author),
  ...(group.more ? ['|', ...group.more.replies.map((r) => r.author)] : []),
]

describe('buildThread', () => {
  it('hangs each reply under its parent, whatever order the file lists them in', () => {
    const thread = buildThread(
      conversation([reply('c', 'b'), reply('a', 'POST'), reply('b', 'a'), reply('d', 'POST')]),
      SETTINGS,
    )
    expect(authors(thread.replies)).toEqual(['a', 'd'])
    const [a] = thread.replies.shown
    expect(authors(a.replies)).toEqual(['b'])
    expect(authors(a.replies.shown[0].replies)).toEqual(['c'])
    expect(a.replies.shown[0].replies.shown[0].depth).toBe(3)
    expect(thread.count).toBe(4)
    expect(thread.depth).toBe(3)
  })

  it('orders every level oldest or newest first, as configured', () => {
    const file = conversation([
      reply('first', 'POST'),
      reply('second', 'POST'),
      reply('x1', 'first'),
      reply('x2', 'first'),
    ])
    const oldest = buildThread(file, SETTINGS)
    expect(authors(oldest.replies)).toEqual(['first', 'second'])
    expect(authors(oldest.replies.shown[0].replies)).toEqual(['x1', 'x2'])
    const newest = buildThread(file, { ...SETTINGS, order: 'newest' })
    expect(authors(newest.replies)).toEqual(['second', 'first'])
    expect(authors(newest.replies.shown[1].replies)).toEqual(['x2', 'x1'])
  })

  it('mutes a flagged reply, one by a negative-reputation author, and one with net votes below zero, and puts them last', () => {
    const thread = buildThread(
      conversation([
        reply('flagged', 'POST', { flagged: true }),
        reply('troll', 'POST', { reputation: -3.2 }),
        reply('disliked', 'POST', { votes: -2 }),
        reply('fine', 'POST', { reputation: 25, votes: 0 }),
      ]),
      SETTINGS,
    )
    expect(authors(thread.replies)).toEqual(['fine', 'flagged', 'troll', 'disliked'])
    expect(thread.replies.shown.map((r) => r.muted)).toEqual([undefined, 'flagged', 'reputation', 'votes'])
    expect(thread.count).toBe(4)
  })

  it('keeps a deleted reply with replies as a placeholder (not counted), and leaves out one without', () => {
    const thread = buildThread(
      conversation([
        reply('gone', 'POST', { deleted: true, body: '' }),
        reply('child', 'gone'),
        reply('gone-alone', 'POST', { deleted: true, body: '' }),
        reply('gone-chain', 'POST', { deleted: true, body: '' }),
        reply('gone-too', 'gone-chain', { deleted: true, body: '' }),
        reply('', 'POST', { permlink: '', deleted: true, body: '' }),
      ]),
      SETTINGS,
    )
    expect(authors(thread.replies)).toEqual(['gone'])
    expect(thread.replies.shown[0]).toMatchObject({ deleted: true, body: '' })
    expect(authors(thread.replies.shown[0].replies)).toEqual(['child'])
    expect(thread.count).toBe(1)
  })

  it('collapses the replies under a reply at the collapse depth, and again as many levels further down', () => {
    const replies = [reply('d1', 'POST')]
    for (let depth = 2; depth <= 12; depth++) replies.push(reply(`d${depth}`, `d${depth - 1}`))
    const thread = buildThread(conversation(replies), { ...SETTINGS, collapseDepth: 5 })
    let node = thread.replies.shown[0]
    for (let depth = 1; depth < 5; depth++) node = node.replies.shown[0]
    expect(node.author).toBe('d5')
    expect(node.replies.shown).toEqual([])
    expect(node.replies.more).toMatchObject({ reason: 'depth', count: 7 })
    node = node.replies.more!.replies[0]
    for (let depth = 6; depth < 10; depth++) node = node.replies.shown[0]
    expect(node.author).toBe('d10')
    expect(node.replies.more).toMatchObject({ reason: 'depth', count: 2 })
    expect(thread.depth).toBe(12)
  })

  it('collapses the replies after the first few at a level, counting their replies too', () => {
    const replies = [reply('p', 'POST')]
    for (let i = 1; i <= 5; i++) replies.push(reply(`c${i}`, 'p'))
    replies.push(reply('c5-child', 'c5'), reply('gone', 'c4', { deleted: true, body: '' }))
    const thread = buildThread(conversation(replies), { ...SETTINGS, collapseAfter: 3 })
    const group = thread.replies.shown[0].replies
    expect(authors(group)).toEqual(['c1', 'c2', 'c3', '|', 'c4', 'c5'])
    expect(group.more).toMatchObject({ reason: 'long', count: 3 })
  })

  it('reads chain times as UTC and marks edits', () => {
    const thread = buildThread(
      conversation([reply('a', 'POST', { created: '2020-03-28T17:12:42', last_update: '2020-03-29T08:00:00' })]),
      SETTINGS,
    )
    expect(thread.replies.shown[0].created.toISOString()).toBe('2020-03-28T17:12:42.000Z')
    expect(thread.replies.shown[0].edited?.toISOString()).toBe('2020-03-29T08:00:00.000Z')
    expect(thread.fetchedAt.toISOString()).toBe('2020-02-01T00:00:00.000Z')
  })

  it('is empty for a post without replies', () => {
    const thread = buildThread(conversation([]), SETTINGS)
    expect(thread).toMatchObject({ count: 0, depth: 0, replies: { shown: [] } })
  })
})
