import type { Post } from './content/post'
import { staticExport } from './deployment'

/** The environment variable, named once for messages. */
export const PRERENDER_POSTS = 'PRERENDER_POSTS'

/**
 * `PRERENDER_POSTS`: how many post pages a server build writes, newest first.
 * Unset or empty: every post (the build grows with the archive). `K`: the
 * newest K; the others are rendered on their first request and kept (ISR on
 * Vercel, the same under `next start`), so the build stays the same size as
 * the archive grows. Anything else is a mistake worth stopping for: a typo
 * must not silently prerender every post, or none.
 */
export function parsePrerenderPosts(value: string | undefined): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  const count = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) {
    throw new Error(
      `${PRERENDER_POSTS} must be a whole number of posts to prerender (0 or more), or unset to prerender every post, not ${JSON.stringify(value)}`,
    )
  }
  return count
}

/**
 * The limit a build uses. A static export has no server to render anything
 * later, so it always writes every post and ignores the variable, even a bad
 * value (notePrerenderPosts says so).
 */
export function prerenderLimitFor(value: string | undefined, exported: boolean): number | undefined {
  return exported ? undefined : parsePrerenderPosts(value)
}

/** This build's limit, read once; a bad value ends the process with one line, as a bad setting does (lib/config). */
export const prerenderLimit: number | undefined = readOrExit()

function readOrExit(): number | undefined {
  try {
    return prerenderLimitFor(process.env[PRERENDER_POSTS], staticExport)
  } catch (error) {
    console.error(`\nConfig error: ${(error as Error).message}\n`)
    process.exit(1)
  }
}

/**
 * One line per build, from its main process (next.config.ts): what the
 * variable does to this build. Turbopack evaluates next.config.ts again in a
 * process of its own, which inherits the mark and stays quiet.
 */
export function notePrerenderPosts(postCount: number, contentOutsideProject = false): void {
  const value = process.env[PRERENDER_POSTS]?.trim()
  if (!value || process.env.IS_NEXT_WORKER || process.env.PRERENDER_POSTS_NOTED) return
  process.env.PRERENDER_POSTS_NOTED = '1'
  if (staticExport) {
    console.warn(
      `${PRERENDER_POSTS}=${value} is ignored: a static export has no server to render a post later, so it writes every post.`,
    )
  } else if (prerenderLimit !== undefined && prerenderLimit < postCount) {
    console.log(
      `${PRERENDER_POSTS}=${value}: the newest ${prerenderLimit} of ${postCount} posts are prerendered; the others are rendered on their first request.`,
    )
    if (contentOutsideProject)
      console.warn(
        `${PRERENDER_POSTS}: the content folder is outside the project, so it is not packed with the server: \`next start\` here reads it where it is, but a host that deploys only the project (Vercel) cannot render the other posts. Move the content into the project, or unset ${PRERENDER_POSTS}.`,
      )
  }
}

/**
 * Which of the post route's two files this build uses, as the extension
 * next.config.ts puts first in `pageExtensions`. They differ in
 * `dynamicParams` alone, which Next reads only as a literal in the route file
 * (app/posts/[slug]/page.prerender-all.tsx): `false` when every post is
 * prerendered, so a segment that is no post is a 404 with nothing rendered;
 * `true` with a limit, so the other posts are rendered on request (never in
 * an export, where Next refuses it).
 */
export const postRouteExtension = prerenderLimit === undefined ? 'prerender-all.tsx' : 'prerender-newest.tsx'

/**
 * The post segments a build prerenders: every post's slug and every alias
 * (segments that redirect to a post); with a limit, the newest `limit` posts
 * (`posts` is newest first) and only the aliases that lead to one of them.
 */
export function prerenderedSegments(
  posts: readonly Post[],
  aliases: Iterable<readonly [alias: string, post: Post]>,
  limit: number | undefined,
): string[] {
  const kept = limit === undefined ? posts : posts.slice(0, limit)
  const keptSet = new Set(kept)
  return [
    ...kept.map((post) => post.slug),
    ...[...aliases].filter(([, post]) => keptSet.has(post)).map(([alias]) => alias),
  ]
}
