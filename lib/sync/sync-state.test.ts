import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeStaleTemporaries, writeFileAtomic } from '../atomic-write'
import { STATE_FILE, StateError, readState, writeState } from './sync-state'

let folder: string
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'sync-state-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('sync state', () => {
  it('starts empty, round-trips, and is sorted for small diffs', () => {
    expect(readState(folder, 'steem', 'alice')).toEqual({ state: { format: 1, chain: 'steem', account: 'alice', posts: {} } })
    const state = { format: 1 as const, chain: 'steem' as const, account: 'alice', posts: { b: { file: 'b.md', last_update: 'x' }, a: { file: 'a.md', last_update: 'y' } } }
    writeState(folder, state)
    expect(Object.keys(JSON.parse(readFileSync(path.join(folder, STATE_FILE), 'utf8')).posts)).toEqual(['a', 'b'])
    expect(readState(folder, 'steem', 'alice').state).toEqual(state)
  })

  it('ignores a damaged state with a warning (the next run checks every post)', () => {
    writeFileSync(path.join(folder, STATE_FILE), '{"format": 1, "posts": {')
    const { state, warning } = readState(folder, 'hive', 'alice')
    expect(state.posts).toEqual({})
    expect(warning).toBe(`${path.join(folder, STATE_FILE)} is not valid JSON: ignored (every post is checked again)`)
  })

  it('refuses another account’s folder', () => {
    writeState(folder, { format: 1, chain: 'steem', account: 'bob', posts: {} })
    expect(() => readState(folder, 'steem', 'alice')).toThrow(StateError)
  })
})

describe('writeFileAtomic', () => {
  it('replaces a file whole, creating folders, leaving no temporary file', () => {
    const file = path.join(folder, 'a', 'b.md')
    writeFileAtomic(file, 'one')
    writeFileAtomic(file, 'two')
    expect(readFileSync(file, 'utf8')).toBe('two')
    expect(statSync(path.dirname(file)).isDirectory()).toBe(true)
    expect(removeStaleTemporaries(path.dirname(file))).toBe(0)
  })

  it('cleans up what a killed run left, and only that', () => {
    writeFileSync(path.join(folder, '.sync-x.md.1.tmp'), '')
    writeFileSync(path.join(folder, 'keep.tmp'), '')
    expect(removeStaleTemporaries(folder)).toBe(1)
    expect(removeStaleTemporaries(path.join(folder, 'missing'))).toBe(0)
  })
})
