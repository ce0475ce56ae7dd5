import type { Post } from './content/post'
import type { RenderedMarkdown } from './markdown/render-markdown'
import { getPosts, renderPost, renderPostIntoCache } from './site-data'

/**
 * Renders posts one after another, never two at once: each render looks in
 * the build's shared disk cache (lib/markdown/render-cache.ts) just before it
 * starts, so a post that another build worker rendered meanwhile is read, not
 * rendered again. Started all at once (`Promise.all`), every post would look
 * before any render had finished.
 */
export async function renderOneByOne<T = RenderedMarkdown>(
  posts: readonly Post[],
  render: (post: Post) => Promise<T> = renderPost as (post: Post) => Promise<T>,
): Promise<T[]> {
  const rendered: T[] = []
  for (const post of posts) rendered.push(await render(post))
  return rendered
}

/**
 * The search index (lib/search) renders every post, newest first, in the one
 * build worker that collects its route's page data; the other worker used to
 * finish its routes and wait, a core idle for most of page data (BENCH.md,
 * session 5). The post route calls this while its own page data is
 * collected, in the other worker: it renders the posts oldest first into the
 * disk cache, and stops at the first post found there — where the search
 * index has got to. It keeps nothing: holding every post in both workers
 * made static generation slower (more to collect) than the idle core cost.
 * Only in `next build`, and only with the disk cache, through which alone the
 * work is shared.
 */
export async function renderOldestFirstDuringBuild(): Promise<void> {
  if (process.env.NEXT_PHASE !== 'phase-production-build' || process.env.RENDER_CACHE === '0') return
  for (const post of [...getPosts()].reverse()) if (!(await renderPostIntoCache(post))) return
}
