import { describe, expect, it } from 'vitest'
import { assignSegments, toUrlSegment } from './url-segment'

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
