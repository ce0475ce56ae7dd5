import { describe, expect, it } from 'vitest'
import { countWords, readingMinutes, truncateText } from './text-stats'

describe('countWords', () => {
  it('counts CJK characters one by one and Latin words whole', () => {
    expect(countWords('区块链 is new')).toBe(5)
    expect(countWords("don't stop node.js")).toBe(3)
    expect(countWords('한국어')).toBe(3)
  })
})

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('short')).toBe(1)
    expect(readingMinutes('字'.repeat(1200))).toBe(3)
    expect(readingMinutes('word '.repeat(660))).toBe(3)
  })
})

describe('truncateText', () => {
  it('keeps short text whole', () => expect(truncateText('  a  b ', 10)).toBe('a b'))
  it('never cuts a surrogate pair or an emoji sequence', () => {
    const cut = truncateText('😀'.repeat(10) + '👩‍👩‍👧'.repeat(10), 15)
    expect(cut).toBe('😀'.repeat(10) + '👩‍👩‍👧'.repeat(5) + '…')
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
  it('backs up to a space when one is near, and drops trailing punctuation', () => {
    expect(truncateText('The quick brown fox jumps over', 17)).toBe('The quick brown…')
    expect(truncateText('一二三四五，六七八', 6)).toBe('一二三四五…')
  })
})
