import { describe, expect, it } from 'vitest'
import { ContentError } from '../content/content-error'
import { parseConversationFile } from './conversation-file'
import { conversation, reply } from './test-conversation'

const FILE = 'posts/_replies/the-post.json'
const parse = (value: unknown) =>
  parseConversationFile(typeof value === 'string' ? value : JSON.stringify(value, null, 2), FILE)

/** The one-line message a bad file gives. */
function problem(value: unknown): string {
  try {
    parse(value)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('parseConversationFile', () => {
  it('reads a file as the sync writes it, optional fields included, unknown keys ignored', () => {
    const file = conversation([
      reply('a', 'POST', { votes: 3, payout: '1.234 SBD', reputation: 61.5, flagged: false }),
      reply('b', 'a', { deleted: true, body: '' }),
    ])
    const parsed = parse({ ...file, extra: 'from a newer sync' })
    expect(parsed).toEqual(file)
    expect(parsed).not.toHaveProperty('extra')
  })

  it('accepts a BOM and a deleted reply the chain no longer names', () => {
    const file = conversation([reply('a', 'POST'), reply('', 'a', { permlink: '', deleted: true, body: '' })])
    expect(parseConversationFile(`\uFEFF${JSON.stringify(file)}`, FILE).replies).toHaveLength(2)
  })

  it('names the file and the line where JSON parsing stopped, without V8’s quote of the input', () => {
    expect(problem('{\n  "format": 1,\n  "chain": "steem"\n  "post": {}\n}')).toBe(
      `${FILE}:4: invalid JSON: Expected ',' or '}' after property value`,
    )
    expect(problem('')).toBe(`${FILE}: invalid JSON: Unexpected end of JSON input`)
    expect(problem('{"a": }')).toBe(`${FILE}: invalid JSON: Unexpected token '}'`)
  })

  it('names the JSON path of a bad field', () => {
    const good = conversation([reply('a', 'POST'), reply('b', 'a')])
    const withReply = (at: number, change: object) => ({
      ...good,
      replies: good.replies.map((r, i) => (i === at ? { ...r, ...change } : r)),
    })
    expect(problem({ ...good, format: 2 })).toBe(
      `${FILE}: format: unsupported format 2: this site reads format 1 (update the site, or sync again)`,
    )
    expect(problem({ ...good, chain: 'eos' })).toBe(`${FILE}: chain: expected "steem" or "hive", got "eos"`)
    expect(problem({ ...good, post: undefined })).toBe(`${FILE}: post: expected an object, got nothing`)
    expect(problem({ ...good, fetched_at: '2020-02-01 00:00' })).toBe(
      `${FILE}: fetched_at: expected an ISO 8601 time ending in Z, got "2020-02-01 00:00"`,
    )
    expect(problem({ ...good, replies: {} })).toBe(`${FILE}: replies: expected an array, got {}`)
    expect(problem(withReply(1, { created: '2020-01-01T00:00:00Z' }))).toBe(
      `${FILE}: replies[1].created: expected a UTC time like "2020-03-28T17:12:42", got "2020-01-01T00:00:00Z"`,
    )
    expect(problem(withReply(0, { body: null }))).toBe(`${FILE}: replies[0].body: expected a string, got null`)
    expect(problem(withReply(0, { votes: 1.5 }))).toBe(`${FILE}: replies[0].votes: expected a whole number, got 1.5`)
    expect(problem(withReply(0, { payout: 12 }))).toBe(`${FILE}: replies[0].payout: expected a string, got 12`)
    expect(problem(withReply(0, { payout: '$12' }))).toBe(
      `${FILE}: replies[0].payout: expected an amount like "1.234 SBD", got "$12"`,
    )
    expect(problem(withReply(0, { reputation: '61' }))).toBe(
      `${FILE}: replies[0].reputation: expected a number, got "61"`,
    )
    expect(problem(withReply(0, { flagged: 'yes' }))).toBe(
      `${FILE}: replies[0].flagged: expected true or false, got "yes"`,
    )
    expect(problem(withReply(0, { author: '' }))).toMatch(`${FILE}: replies[0].author: expected a non-empty name`)
  })

  it('quotes a long bad value short', () => {
    const good = conversation([reply('a', 'POST')])
    const message = problem({ ...good, replies: [{ ...good.replies[0], created: 'x'.repeat(5000) }] })
    expect(message.length).toBeLessThan(200)
  })

  it('rejects a reply whose parent is not in the file, a reply listed twice, and a loop', () => {
    expect(problem(conversation([reply('a', 'POST'), reply('b', 'ghost')]))).toBe(
      `${FILE}: replies[1].parent_permlink: parent @ghost/re-ghost is neither the post (@writer/the-post) nor a reply in this file`,
    )
    expect(problem(conversation([reply('a', 'POST'), reply('a', 'POST')]))).toBe(
      `${FILE}: replies[1]: @a/re-a is listed twice (also replies[0])`,
    )
    expect(problem(conversation([reply('a', 'c'), reply('b', 'a'), reply('c', 'b')]))).toBe(
      `${FILE}: replies[0]: its parents loop (@a/re-a → @c/re-c → @b/re-b → @a/re-a) and never reach the post`,
    )
  })

  it('checks a thousand-level chain in linear time (no recursion, no quadratic walk)', () => {
    const replies = [reply('r0', 'POST')]
    for (let i = 1; i < 1000; i++) replies.push(reply(`r${i}`, `r${i - 1}`))
    expect(parse(conversation(replies.reverse())).replies).toHaveLength(1000)
  })
})
