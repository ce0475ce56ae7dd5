import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cachedRender } from './render-cache'
import { renderMarkdown, type RenderOptions } from './render-markdown'

function counter() {
  let renders = 0
  const render = (markdown: string, options: RenderOptions) => {
    renders++
    return renderMarkdown(markdown, options)
  }
  return { render, count: () => renders }
}

describe('cachedRender', () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), 'render-cache-'))

  it('renders once, then serves the same result from disk', async () => {
    const cache = dir()
    const { render, count } = counter()
    const first = await cachedRender('## Hello\n\nText', {}, render, cache)
    const second = await cachedRender('## Hello\n\nText', {}, render, cache)
    expect(count()).toBe(1)
    expect(second).toEqual(first)
    await cachedRender('## Hello\n\nEdited', {}, render, cache)
    expect(count()).toBe(2)
  })

  // A server rendering a post on request (PRERENDER_POSTS) may have a read-only disk, as on Vercel.
  it('renders without error where the cache cannot be written', async () => {
    const blocker = path.join(dir(), 'a-file')
    writeFileSync(blocker, '')
    const cache = path.join(blocker, 'cache') // below a file: no folder can be made, even by root
    const { render, count } = counter()
    const rendered = await cachedRender('## Hello', {}, render, cache)
    expect(rendered.html).toContain('Hello')
    await cachedRender('## Hello', {}, render, cache)
    expect(count()).toBe(2)
  })

  it('keys on the base path', async () => {
    const cache = dir()
    const { render, count } = counter()
    await cachedRender('[a](/x)', {}, render, cache)
    const withBase = await cachedRender('[a](/x)', { basePath: '/@demo' }, render, cache)
    expect(count()).toBe(2)
    expect(withBase.html).toContain('href="/@demo/x"')
  })

  it('keys on the id prefix (a reply renders with its own ids)', async () => {
    const cache = dir()
    const { render, count } = counter()
    await cachedRender('## Notes', {}, render, cache)
    const reply = await cachedRender('## Notes', { idPrefix: '@a/b/' }, render, cache)
    expect(count()).toBe(2)
    expect(reply.html).toContain('id="@a/b/notes"')
  })

  it('renders again when a Steemit link it looked up now resolves differently', async () => {
    const cache = dir()
    const { render, count } = counter()
    const markdown = '[see](https://steemit.com/@a/later-post)'
    const before = await cachedRender(markdown, { resolvePostLink: () => undefined }, render, cache)
    await cachedRender(markdown, { resolvePostLink: () => undefined }, render, cache)
    expect(count()).toBe(1)
    const after = await cachedRender(markdown, { resolvePostLink: () => '/posts/later-post' }, render, cache)
    expect(count()).toBe(2)
    expect(before.html).toContain('https://steemit.com/@a/later-post')
    expect(after.html).toContain('href="/posts/later-post"')
  })

  it('renders again when an image whose size was unknown now has one, and keeps the size', async () => {
    const cache = dir()
    const { render, count } = counter()
    const markdown = '![a](https://img.example/a.png)'
    const unknown = async () => undefined
    const before = await cachedRender(markdown, { resolveImageSize: unknown }, render, cache)
    await cachedRender(markdown, { resolveImageSize: unknown }, render, cache)
    expect(count()).toBe(1)
    const known = async () => ({ width: 640, height: 480 })
    const after = await cachedRender(markdown, { resolveImageSize: known }, render, cache)
    await cachedRender(markdown, { resolveImageSize: known }, render, cache)
    expect(count()).toBe(2)
    expect(before.html).not.toContain('width=')
    expect(after.html).toContain('width="640" height="480"')
  })
})
