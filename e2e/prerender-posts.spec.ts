import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildFolder } from './build-folder'

// PRERENDER_POSTS=K for big archives: the fixtures built with K=1 prerender
// only the newest post; the others are rendered by `next start` on their
// first request and served from its cache after that, while lists, feeds and
// the sitemap still hold every post and unknown segments stay 404s. The
// server renders them from the posts the build loaded
// (lib/content/posts-snapshot.ts): a post edited after the build shows as
// the build saw it, as its prerendered neighbours and the lists do.
const PORT = 3105
const ORIGIN = `http://localhost:${PORT}`
const NEWEST = 'photo-walk'
/** Not the newest, so not prerendered; its TOC and its conversation (`_replies/`) come from the run-time render. */
const LONG_TAIL = { slug: 'e2e7f2', file: '2020-03-28_e2e7f2.md', title: '“城市+漫步”三个发现' }

test('PRERENDER_POSTS=1: the newest post is prerendered, the others are rendered on first request and then cached', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000)
  // A copy of the fixtures, to edit after the build; inside the project, where the tracer takes content from.
  const content = path.join('.e2e-content', 'prerender-posts')
  rmSync(content, { recursive: true, force: true })
  cpSync('e2e/fixtures', content, { recursive: true })
  const env = { CONTENT_DIR: content, PRERENDER_POSTS: '1', SITE_URL: ORIGIN }
  const { status, output, distDir } = buildFolder('prerender-posts', {}, env)
  expect(status, output).toBe(0)
  expect(output).toMatch(/PRERENDER_POSTS=1: the newest 1 of \d+ posts are prerendered/)

  // The build wrote the newest post's page and no other.
  const postsDir = path.join(distDir, 'server', 'app', 'posts')
  expect(readdirSync(postsDir).filter((name) => name.endsWith('.html'))).toEqual([`${NEWEST}.html`])
  // The route's trace (what Vercel copies into its function) holds the posts it renders later.
  const trace = readFileSync(path.join(postsDir, '[slug]', 'page.js.nft.json'), 'utf8')
  expect(trace).toContain(`${content}/posts/${LONG_TAIL.file}`)
  // And the posts as the build loaded them, which the server reads instead of every file.
  expect(trace).toContain('posts-snapshot.v8')
  const file = path.join(content, 'posts', LONG_TAIL.file)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Edited after the build'))

  const server = spawn('npx', ['next', 'start', '-p', String(PORT)], {
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true, // its own process group: stopping it stops npx and next
    stdio: 'ignore',
  })
  try {
    await expect.poll(answers, { timeout: 60_000 }).toBe(true)

    const first = await page.goto(`${ORIGIN}/posts/${LONG_TAIL.slug}`)
    expect(first?.status()).toBe(200)
    expect(first?.headers()['x-nextjs-cache']).toBe('MISS')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONG_TAIL.title)
    await expect(page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link')).toHaveText([
      '1第一个发现：老街',
      '2第二个发现：河边',
      '3第三个发现：茶馆',
    ])
    await expect(page.locator('#replies')).toHaveCount(1)

    const second = await request.get(`${ORIGIN}/posts/${LONG_TAIL.slug}`)
    expect(second.status()).toBe(200)
    expect(second.headers()['x-nextjs-cache']).toBe('HIT')
    expect(await second.text()).toContain(LONG_TAIL.title)

    expect((await request.get(`${ORIGIN}/posts/no-such-post`)).status()).toBe(404)
    expect(await (await request.get(`${ORIGIN}/sitemap.xml`)).text()).toContain(`${ORIGIN}/posts/${LONG_TAIL.slug}<`)
  } finally {
    process.kill(-server.pid!, 'SIGTERM')
  }
})

/** The server is up once its home page (prerendered) answers. */
const answers = () =>
  fetch(ORIGIN).then(
    (response) => response.ok,
    () => false,
  )
