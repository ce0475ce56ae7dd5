import { expect } from 'vitest'

/**
 * Checks a conversation file against the contract in README.md, written
 * from the contract's text (the sync never imports the site's reader).
 */
export function expectConversationContract(text: string): void {
  expect(text.endsWith('\n')).toBe(true)
  const file = JSON.parse(text)
  expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`)
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/
  const name = /^[^\s/#?]+$/
  expect(file.format).toBe(1)
  expect(['steem', 'hive']).toContain(file.chain)
  expect(file.post.author).toMatch(name)
  expect(file.post.permlink).toMatch(name)
  expect(Number.isInteger(file.post.children) && file.post.children >= 0).toBe(true)
  expect(file.post.last_update).toMatch(time)
  expect(file.fetched_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
  const keys = new Set<string>()
  const parents = new Map<string, string>()
  for (const reply of file.replies) {
    if (!reply.deleted || reply.author !== '') {
      expect(reply.author).toMatch(name)
      expect(reply.permlink).toMatch(name)
    }
    expect(reply.parent_author).toMatch(name)
    expect(reply.parent_permlink).toMatch(name)
    expect(reply.created).toMatch(time)
    expect(reply.last_update).toMatch(time)
    expect(typeof reply.body).toBe('string')
    if (reply.votes !== undefined) expect(Number.isInteger(reply.votes)).toBe(true)
    if (reply.payout !== undefined) expect(reply.payout).toMatch(/^\d+\.\d{3} [A-Z]+$/)
    if (reply.reputation !== undefined) expect(Number.isFinite(reply.reputation)).toBe(true)
    for (const flag of ['flagged', 'deleted']) if (reply[flag] !== undefined) expect(reply[flag]).toBe(true)
    if (reply.author === '') continue
    const key = `${reply.author}/${reply.permlink}`
    expect(keys.has(key), `${key} listed twice`).toBe(false)
    keys.add(key)
    parents.set(key, `${reply.parent_author}/${reply.parent_permlink}`)
  }
  const postKey = `${file.post.author}/${file.post.permlink}`
  for (const reply of file.replies) {
    let key = `${reply.parent_author}/${reply.parent_permlink}`
    for (let steps = 0; key !== postKey; steps++) {
      expect(parents.has(key), `parent ${key} missing`).toBe(true)
      expect(steps).toBeLessThan(file.replies.length)
      key = parents.get(key)!
    }
  }
}
