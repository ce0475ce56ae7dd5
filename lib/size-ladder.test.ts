import { describe, expect, it } from 'vitest'
import { ladderPost, type LadderKind } from '../e2e/real-archive/size-ladder'
import { throughPipeline } from '../e2e/real-archive/pipeline'

/**
 * The size ladder (e2e/real-archive/size-ladder.ts) through the whole content
 * pipeline a build runs per post: read, render, TOC, search document, feed
 * HTML. Real archives hold posts this big; one post whose cost grows faster
 * than its size stops every build (a 100k-character post once ran out of
 * memory).
 *
 * The bound is on growth, not on seconds (machines differ; `npm run bench`
 * reports seconds per MB for each kind, see BENCH.md): a 5 MB post may cost
 * at most 2× per MB what a 1 MB post of the same kind costs. Linear cost
 * gives about 1× (measured 0.7–1.2×); cost in the square of the size gives
 * 5× (the one-paragraph case), and the list-closing copy micromark does in a
 * whole document gave 2.1× before posts were parsed in parts.
 */
const GROWTH_BOUND = 2

async function throughLadder(kind: LadderKind) {
  const entry = ladderPost(kind)
  return { entry, ...(await throughPipeline(entry)) }
}

function expectWholeAndSafe({ entry, rendered, search, feed }: Awaited<ReturnType<typeof throughLadder>>) {
  expect(rendered.html).toContain(entry.lastParagraph)
  expect(search).toContain(entry.lastParagraph)
  expect(feed).toContain(entry.lastParagraph)
  expect(rendered.html.isWellFormed()).toBe(true)
  expect(rendered.html).not.toMatch(/<script|hexo-reader:join|synchronized from/i)
  const ids = [...rendered.html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1])
  expect(ids.every(Boolean)).toBe(true)
  expect(new Set(ids).size).toBe(ids.length)
}

describe.each(['zh', 'en'] as const)('%s posts of 100 KB, 1 MB and 5 MB', (language) => {
  it('render whole, and cost no more per MB as they grow', async () => {
    const small = await throughLadder(`${language}-100kb`)
    const medium = await throughLadder(`${language}-1mb`)
    const large = await throughLadder(`${language}-5mb`)
    for (const result of [small, medium, large]) expectWholeAndSafe(result)
    expect(large.secondsPerMb).toBeLessThan(medium.secondsPerMb * GROWTH_BOUND)
    expect(large.rendered.summary.words).toBeGreaterThan(medium.rendered.summary.words * 4)
  }, 300_000)
})

describe('dense posts', () => {
  it('a single 1 MB line renders whole', async () => {
    expectWholeAndSafe(await throughLadder('one-line-1mb'))
  }, 120_000)

  it('5,000 headings each get their own id and TOC entry', async () => {
    const result = await throughLadder('headings-5000')
    expectWholeAndSafe(result)
    expect(result.rendered.headings).toHaveLength(5000)
    expect(result.toc).toHaveLength(5000)
    for (const entry of result.toc) expect(entry.id).not.toBe('')
  }, 120_000)

  it('2,000 images all reach the page', async () => {
    const result = await throughLadder('images-2000')
    expectWholeAndSafe(result)
    expect(result.rendered.html.match(/<img /g)).toHaveLength(2000)
  }, 120_000)

  it('a 200 KB table keeps every row', async () => {
    const result = await throughLadder('table-200kb')
    expectWholeAndSafe(result)
    expect(result.rendered.html.match(/<tr>/g)?.length).toBe((result.entry.tableRows ?? 0) + 1)
  }, 120_000)
})
