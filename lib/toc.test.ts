import { describe, expect, it } from 'vitest'
import type { Heading } from './markdown/heading'
import { buildToc } from './toc'

const h = (depth: number, text: string): Heading => ({ depth, text, id: text })
const options = { minDepth: 2, maxDepth: 4, numbered: true }
const numbers = (headings: Heading[], opts = options) => buildToc(headings, opts).map((e) => `${e.number}:${e.level}`)

describe('buildToc', () => {
  it('numbers 1, 1.1, 1.2, 2', () => {
    expect(numbers([h(2, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'd')])).toEqual(['1:1', '1.1:2', '1.2:2', '2:1'])
  })

  it('numbers a post that starts at h3 from 1', () => {
    expect(numbers([h(3, 'a'), h(4, 'b'), h(3, 'c')])).toEqual(['1:1', '1.1:2', '2:1'])
  })

  it('nests a skipped level one step only', () => {
    expect(numbers([h(2, 'a'), h(4, 'b'), h(2, 'c')])).toEqual(['1:1', '1.1:2', '2:1'])
  })

  it('restarts child numbering under each parent', () => {
    expect(numbers([h(2, 'a'), h(3, 'b'), h(2, 'c'), h(3, 'd')])).toEqual(['1:1', '1.1:2', '2:1', '2.1:2'])
  })

  it('keeps only the configured levels', () => {
    expect(buildToc([h(2, 'a'), h(5, 'x'), h(6, 'y')], options).map((e) => e.text)).toEqual(['a'])
  })

  it('leaves numbers off unless asked', () => {
    expect(buildToc([h(2, 'a')], { ...options, numbered: false })[0].number).toBeUndefined()
  })
})
