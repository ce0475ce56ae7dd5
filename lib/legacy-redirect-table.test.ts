import { describe, expect, it } from 'vitest'
import { legacyTarget } from './legacy-redirect-table'

const table = { '/cn/“社群-区块链”三大特性': '/posts/7f2ija', '/@a/b': '/posts/b' }

describe('legacyTarget', () => {
  it('finds an old path as the server receives it: percent-encoded, with or without its trailing slash', () => {
    expect(legacyTarget(table, encodeURI('/cn/“社群-区块链”三大特性/'))).toBe('/posts/7f2ija')
    expect(legacyTarget(table, '/%40a/b')).toBe('/posts/b')
    expect(legacyTarget(table, '/@a/b/')).toBe('/posts/b')
  })

  it('answers nothing for other paths, prototype keys and malformed encoding', () => {
    expect(legacyTarget(table, '/@a')).toBeUndefined()
    expect(legacyTarget(table, '/')).toBeUndefined()
    expect(legacyTarget(table, 'constructor')).toBeUndefined()
    expect(legacyTarget(table, '/%E0%A4%A')).toBeUndefined()
  })
})
