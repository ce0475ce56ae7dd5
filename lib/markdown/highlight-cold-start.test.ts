import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

/**
 * Its own test file, so its first render is the first in a fresh module
 * graph: the language's grammar is compiled while that first line is
 * tokenized, which took longer than shiki's default per-line limit (500 ms)
 * and left the rest of the line unhighlighted — in one build and not the next.
 */
describe('the first code block a build highlights', () => {
  it('is highlighted as fully as any later one', async () => {
    const block = "```js\nconst steem = require('steem')\n```\n"
    const first = (await renderMarkdown(block)).html
    const later = (await renderMarkdown(block)).html
    expect(first).toBe(later)
    // `=` an operator, `require` a function: not one token for the rest of the line.
    expect(first).toMatch(/--shiki-light:#D73A49[^>]*> =</)
    expect(first).toMatch(/--shiki-light:#6F42C1[^>]*> require</)
  })
})
