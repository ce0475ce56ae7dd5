import { describe, expect, it } from 'vitest'
import { assignSegments, postSegment, toUrlSegment } from './url-segment'

describe('toUrlSegment', () => {
  it.each([
    ['区块链', '区块链'],
    ['Hello World', 'hello-world'],
    ['c++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['a/b', 'a-b'],
    ['node.js', 'node-js'],
    ['100%', '100-percent'],
    ['what?', 'what'],
    ['#hash', 'sharp-hash'],
    ['🚀 launch', '🚀-launch'],
    ['한국어 태그', '한국어-태그'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('%s → %s', (name, segment) => {
    expect(toUrlSegment(name)).toBe(segment)
  })

  it('never yields a character that breaks a path on a static host', () => {
    for (const name of ['a/b', '100%', 'what?', '#x', 'a.b', 'a\\b', '..', ' ', '?&=']) {
      expect(toUrlSegment(name)).toMatch(/^[^/%?#.\\\s]+$/)
    }
  })

  it('gives names without letters or digits a stable non-empty segment', () => {
    expect(toUrlSegment('?!')).toMatch(/^n-[0-9a-z]+$/)
    expect(toUrlSegment('?!')).toBe(toUrlSegment('?!'))
    expect(toUrlSegment('?!')).not.toBe(toUrlSegment('!?'))
  })
})

describe('assignSegments', () => {
  it('keeps segments unique whatever order the names come in', () => {
    const a = assignSegments(['c-plus-plus', 'c++', 'go'])
    const b = assignSegments(['go', 'c++', 'c-plus-plus'])
    expect(a).toEqual(b)
    expect(new Set(a.values()).size).toBe(3)
    expect(a.get('go')).toBe('go')
  })
})

describe('postSegment', () => {
  it('keeps a Steem permlink byte for byte, double dashes included', () => {
    for (const permlink of [
      'eosdatabase-dirty-flag-set-likely-due-to-unclean-shutdown-replay-required--1564497577',
      '7f2ija',
      '20200101',
      'trailing-dash-',
      '-leading',
      're-alice-2020',
      '区块链-笔记',
    ])
      expect(postSegment(permlink)).toBe(permlink)
  })

  it('makes other names safe, as names are', () => {
    expect(postSegment('My First Post')).toBe('my-first-post')
    expect(postSegment('node.js')).toBe('node-js')
    expect(postSegment('100%')).toBe('100-percent')
  })

  it('keeps segments short enough to be file names in the build and the export', () => {
    const long = '长'.repeat(120)
    expect(Buffer.byteLength(postSegment(long))).toBeLessThanOrEqual(200)
    expect(postSegment(long)).toBe(postSegment(long))
    expect(postSegment('a'.repeat(200))).toBe('a'.repeat(200))
    expect(postSegment('a'.repeat(201))).not.toBe('a'.repeat(201))
  })
})
