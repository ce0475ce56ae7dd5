import fc from 'fast-check'
import { CORE_SCHEMA, YAML11_SCHEMA, load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { plainScalar, quotedScalar } from './yaml-scalar'

const readMapping = (scalar: string, schema = CORE_SCHEMA) => (load(`k: ${scalar}`, { schema }) as { k: unknown }).k
const readSequence = (scalar: string, schema = CORE_SCHEMA) => (load(`- ${scalar}`, { schema }) as unknown[])[0]

describe('quotedScalar', () => {
  it('writes what the source system wrote: single quotes, quotes doubled, backslashes as they are', () => {
    expect(quotedScalar('A title')).toBe("'A title'")
    expect(quotedScalar("it's")).toBe("'it''s'")
    expect(quotedScalar('C:\\path\\n')).toBe("'C:\\path\\n'")
    expect(quotedScalar('“社群+区块链”三大特性')).toBe("'“社群+区块链”三大特性'")
    expect(quotedScalar('https://cdn.steemitimages.com/x/1.jpg')).toBe("'https://cdn.steemitimages.com/x/1.jpg'")
  })

  it('double-quotes what single quotes cannot hold on one line', () => {
    expect(quotedScalar('two\nlines')).toBe('"two\\nlines"')
    expect(quotedScalar('bell\x07 "q" \\')).toBe('"bell\\u0007 \\"q\\" \\\\"')
    expect(quotedScalar('lone \ud800 surrogate')).toBe('"lone \\uD800 surrogate"')
  })

  it('reads back as the same string under YAML 1.2 core and YAML 1.1, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const scalar = quotedScalar(value)
        expect(readMapping(scalar)).toBe(value)
        expect(readMapping(scalar, YAML11_SCHEMA)).toBe(value)
        expect(scalar).not.toMatch(/\n/)
      }),
      { numRuns: 500 },
    )
  })
})

describe('plainScalar', () => {
  it('leaves ordinary tags and permlinks bare, as the source system did', () => {
    for (const value of ['cn', 'cn-reader', 'wherein', '区块链', 'c++', 'node.js', '7f2ija', 'hive-123456'])
      expect(plainScalar(value, 'sequence')).toBe(value)
  })

  it('quotes a value YAML would read as something else (the source system wrote them bare)', () => {
    expect(plainScalar('yes', 'sequence')).toBe("'yes'")
    expect(plainScalar('2020', 'sequence')).toBe("'2020'")
    expect(plainScalar('2020-01-01', 'sequence')).toBe("'2020-01-01'")
    expect(plainScalar('null', 'sequence')).toBe("'null'")
    expect(plainScalar('on', 'sequence')).toBe("'on'")
    expect(plainScalar('#hash', 'sequence')).toBe("'#hash'")
    expect(plainScalar('- x', 'sequence')).toBe("'- x'")
    expect(plainScalar('a: b')).toBe("'a: b'")
    expect(plainScalar('')).toBe("''")
    expect(plainScalar('1e3')).toBe("'1e3'")
  })

  it('reads back as the same string in both contexts and both schemas', () => {
    const words = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('yes', 'No', 'TRUE', '~', 'null', '0x1f', '0o17', '.inf', '-.5', '1_000', '2020-03-28', '<<', '=', '*a', '&a', '!a', '|', '>', '%x', '@x', '`x', '?', ':x', 'x:', '[a]', '{a}'),
    )
    fc.assert(
      fc.property(words, (value) => {
        for (const [context, read] of [['mapping', readMapping], ['sequence', readSequence]] as const) {
          const scalar = plainScalar(value, context)
          expect(read(scalar)).toBe(value)
          expect(read(scalar, YAML11_SCHEMA)).toBe(value)
        }
      }),
      { numRuns: 500 },
    )
  })
})
