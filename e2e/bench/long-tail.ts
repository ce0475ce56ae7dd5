/**
 * With `--prerender K` (PRERENDER_POSTS=K) the build writes only the newest K
 * posts; `next start` renders the others on their first request and serves
 * them from its cache after that. Timed against a fresh server, before any
 * other request reaches a post: the oldest post's first request (which also
 * loads the build's posts snapshot and indexes every post, once per server
 * process), its second, and a second long-tail post's first (a render alone).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { toUrlSegment } from '../../lib/url-segment'

export interface LongTailRequest {
  path: string
  status: number
  /** Next's `x-nextjs-cache`: MISS when rendered for this request, HIT when served from the cache. */
  cache: string
  /** Request to last byte. */
  ms: number
}

export interface LongTailResult {
  prerendered: number
  oldestFirst: LongTailRequest
  oldestSecond: LongTailRequest
  anotherFirst: LongTailRequest
}

export async function measureLongTail(origin: string, corpusDir: string, prerendered: number): Promise<LongTailResult> {
  const [oldest, another] = oldestPosts(corpusDir, 2)
  const oldestFirst = await timed(origin, `/posts/${oldest}`)
  const oldestSecond = await timed(origin, `/posts/${oldest}`)
  const anotherFirst = await timed(origin, `/posts/${another}`)
  return { prerendered, oldestFirst, oldestSecond, anotherFirst }
}

async function timed(origin: string, pathname: string): Promise<LongTailRequest> {
  const started = performance.now()
  const response = await fetch(new URL(pathname, origin))
  await response.arrayBuffer()
  const ms = Math.round(performance.now() - started)
  return { path: pathname, status: response.status, cache: response.headers.get('x-nextjs-cache') ?? '—', ms }
}

/**
 * The permlinks of the `count` oldest posts, read from the front matter the
 * corpus writes (`date: YYYY-MM-DD HH:MM:SS`, so the strings sort as dates),
 * without loading the posts into this process.
 */
function oldestPosts(corpusDir: string, count: number): string[] {
  const postsDir = path.join(corpusDir, 'posts')
  const posts = readdirSync(postsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .flatMap((entry) => {
      const head = readFileSync(path.join(entry.parentPath, entry.name), 'utf8').slice(0, 2000)
      const date = /^date: (.+)$/m.exec(head)?.[1]
      const permlink = /^permlink: (.+)$/m.exec(head)?.[1]
      return date && permlink ? [{ date, permlink }] : []
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.permlink.localeCompare(a.permlink))
  if (posts.length < count) throw new Error(`${postsDir} has ${posts.length} posts, fewer than ${count}`)
  return posts.slice(0, count).map((post) => toUrlSegment(post.permlink))
}
