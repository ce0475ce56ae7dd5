import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render-markdown'

describe('base path', () => {
  it('is prefixed to root-relative links and images, not to others', async () => {
    const { html } = await renderMarkdown(
      '[a](/posts/x) [b](https://example.com/) [c](#top) ![i](/icon.svg) [s](https://steemit.com/@u/p)',
      {
        basePath: '/@demo',
        resolvePostLink: (permlink) => (permlink === 'p' ? '/posts/p' : undefined),
      },
    )
    expect(html).toContain('href="/@demo/posts/x"')
    expect(html).toContain('href="https://example.com/"')
    expect(html).toContain('href="#top"')
    expect(html).toContain('src="/@demo/icon.svg"')
    expect(html).toContain('href="/@demo/posts/p"')
  })
})
