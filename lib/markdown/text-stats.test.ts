import { describe, expect, it } from 'vitest'
import { textStats, truncateText } from './text-stats'

describe('textStats', () => {
  it('counts CJK characters one by one and Latin words whole', () => {
    expect(textStats('区块链 is new').words).toBe(5)
    expect(textStats("don't stop node.js").words).toBe(3)
    expect(textStats('한국어').words).toBe(3)
    expect(textStats('a.b-c x’y 中文abc中').words).toBe(6)
  })

  it('reads for at least one minute, longer as the text grows', () => {
    expect(textStats('short').minutes).toBe(1)
    expect(textStats('字'.repeat(1200)).minutes).toBe(3)
    expect(textStats('word '.repeat(660)).minutes).toBe(3)
  })

  it('counts a post of millions of words', () => {
    expect(textStats('区块链 chain '.repeat(500_000))).toEqual({ words: 2_000_000, minutes: 6023 })
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

  // Segmenting the whole text was quadratic on Node 20 (see text-stats.ts): 100k characters ran out of memory.
  it('cuts a 5-million-character text by looking at its start only', () => {
    expect(truncateText('区块链技术'.repeat(1_000_000), 6)).toBe('区块链技术区…')
  })
  it('cuts inside a window of graphemes longer than the window', () => {
    const zalgo = 'e' + '\u0301'.repeat(5000)
    expect(truncateText(zalgo.repeat(3), 2)).toBe('…')
    expect(truncateText('ab' + zalgo, 2)).toBe('ab…')
  })
  it('says it cut when whitespace alone filled the window', () => {
    expect(truncateText('a' + ' '.repeat(100_000) + 'b', 10)).toBe('a…')
  })
})
