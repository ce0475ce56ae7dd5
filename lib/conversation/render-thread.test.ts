import { beforeAll, describe, expect, it, vi } from 'vitest'
import { renderMarkdown, type RenderOptions } from '../markdown/render-markdown'
import { renderThread } from './render-thread'
import { buildThread } from './thread'
import { conversation, reply } from './test-conversation'

const SETTINGS = { order: 'oldest', collapseDepth: 5, collapseAfter: 10 } as const

// These tests count renders: the disk cache (tested in lib/markdown) stays out of the way.
beforeAll(() => {
  vi.stubEnv('RENDER_CACHE', '0')
})

function counting() {
  const seen: string[] = []
  const render = (markdown: string, options?: RenderOptions) => {
    seen.push(markdown)
    return renderMarkdown(markdown, options)
  }
  return { render, seen }
}

describe('renderThread', () => {
  it('renders each body through the posts’ pipeline: sanitized, markdown in HTML, CJK emphasis, ids prefixed', async () => {
    const thread = buildThread(
      conversation([
        reply('a', 'POST', {
          body: '## Notes\n\n<center>\n\n**加粗。**后面\n\n</center>\n\n<script>alert(1)</script><img src="https://img.example/x.png" onerror="alert(2)">',
        }),
      ]),
      SETTINGS,
    )
    const resolveImageSize = async () => ({ width: 640, height: 480 })
    const { html } = (await renderThread(thread, { resolveImageSize })).replies.shown[0]
    expect(html).toContain('<h2 id="@a/re-a/notes">')
    expect(html).toContain('href="#@a/re-a/notes"')
    expect(html).toContain('<center>\n<p><strong>加粗。</strong>后面</p>\n</center>')
    expect(html).toContain('width="640" height="480"')
    expect(html).not.toMatch(/<script|onerror|alert/)
  })

  it('maps links to archived posts and adds the base path, like a post', async () => {
    const thread = buildThread(
      conversation([reply('a', 'POST', { body: '[mine](https://steemit.com/@writer/older) ![i](/icon.svg)' })]),
      SETTINGS,
    )
    const { html } = (
      await renderThread(thread, {
        basePath: '/@demo',
        resolvePostLink: (permlink) => (permlink === 'older' ? '/posts/older' : undefined),
      })
    ).replies.shown[0]
    expect(html).toContain('href="/@demo/posts/older"')
    expect(html).toContain('src="/@demo/icon.svg"')
  })

  it('renders nothing for a deleted reply, and each body once per process', async () => {
    const file = conversation([
      reply('gone', 'POST', { deleted: true, body: '' }),
      reply('child', 'gone', { body: 'Once only, please' }),
      reply('long', 'POST', { body: 'Collapsed but rendered' }),
    ])
    const { render, seen } = counting()
    const settings = { ...SETTINGS, collapseAfter: 1 }
    const first = await renderThread(buildThread(file, settings), {}, render)
    await renderThread(buildThread(file, settings), {}, render)
    expect(seen.sort()).toEqual(['Collapsed but rendered', 'Once only, please'])
    const [gone] = first.replies.shown
    expect(gone).toMatchObject({ deleted: true, html: '' })
    expect(gone.replies.shown[0].html).toBe('<p>Once only, please</p>')
    expect(first.replies.more?.replies[0].html).toBe('<p>Collapsed but rendered</p>')
    expect(first.replies.more?.replies[0]).not.toHaveProperty('body')
  })
})
