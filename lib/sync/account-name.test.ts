import { describe, expect, it } from 'vitest'
import { accountNameProblem, normalizeAccountName } from './account-name'

describe('accountNameProblem', () => {
  it('accepts real account names', () => {
    for (const name of ['iguazi123', 'steemit', 'abc', 'a-b-c', 'hive.blog', 'abc.def.ghi', 'x1--2', 'sixteen-chars-ab'])
      expect(accountNameProblem(name), name).toBeUndefined()
  })

  it('names what is wrong with a bad one', () => {
    expect(accountNameProblem('ab')).toBe('names are 3 to 16 characters long')
    expect(accountNameProblem('seventeen-chars-a')).toBe('names are 3 to 16 characters long')
    expect(accountNameProblem('Alice')).toBe('names are lower-case')
    expect(accountNameProblem('abc.de')).toBe('each dot-separated part is at least 3 characters long')
    for (const name of ['1abc', 'abc-', 'ab_c', 'ab c', '-abc', 'abc..def', 'a/b/c'])
      expect(accountNameProblem(name), name).toMatch(/part|characters/)
  })

  it('reads a name copied from a profile URL', () => {
    expect(normalizeAccountName(' @iguazi123 ')).toBe('iguazi123')
  })
})
