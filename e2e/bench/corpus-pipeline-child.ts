/**
 * Child process of the bench's corpus-pipeline step: the content work a
 * build does for the whole corpus, through the same lib/ functions the
 * routes call, without Next — load and index every post, render every post,
 * build the search index — each phase timed, one JSON line out. Set
 * CONTENT_DIR to the corpus and RENDER_CACHE=0 for a cold render (or point
 * NEXT_DIST_DIR at a build folder whose cache is warm to time cache hits).
 *
 * Usage: CONTENT_DIR=<corpus> node --import tsx e2e/bench/corpus-pipeline-child.ts
 */
import { searchIndexFiles } from '../../lib/search/search-index'
import { getArchives, getPosts, getTags, renderPost } from '../../lib/site-data'

async function main(): Promise<void> {
  const phases: Record<string, number> = {}
  let last = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    phases[name] = Math.round(now - last)
    last = now
  }
  const posts = getPosts()
  // The indexes every list page reads (tags, categories, archives) are built with the posts.
  getTags()
  getArchives()
  lap('loadMs')
  let bytes = 0
  for (const post of posts) bytes += (await renderPost(post)).html.length
  lap('renderMs')
  const files = await searchIndexFiles()
  lap('searchIndexMs')
  console.log(JSON.stringify({ posts: posts.length, htmlChars: bytes, indexFiles: files.length, ...phases }))
}

void main()
