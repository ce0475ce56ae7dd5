import { normalizePost } from '../../lib/content/normalize-post'
import { feedHtml } from '../../lib/markdown/feed-html'
import { renderMarkdown } from '../../lib/markdown/render-markdown'
import { searchDocument } from '../../lib/search/search-document'
import { buildToc } from '../../lib/toc'
import type { LadderPost } from './size-ladder'

/**
 * One post through the whole content pipeline a build runs for it — read,
 * render, TOC, search document, feed HTML — without Next: what the size
 * ladder test checks and the bench times (`npm run bench -- --pipeline`).
 */
export async function throughPipeline(entry: Pick<LadderPost, 'file' | 'text'>) {
  const started = performance.now()
  const post = normalizePost({ file: entry.file, text: entry.text, modified: new Date(0) }, 'UTC')
  const rendered = await renderMarkdown(post.body)
  const toc = buildToc(rendered.headings, { minDepth: 2, maxDepth: 4, numbered: true })
  const search = searchDocument({ post, url: `/posts/${post.slug}`, html: rendered.html, categories: [] })
  const feed = feedHtml(rendered.html, `https://blog.example.com/posts/${post.slug}`)
  const ms = performance.now() - started
  const mb = Buffer.byteLength(entry.text) / 1e6
  return { post, rendered, toc, search, feed, ms, mb, secondsPerMb: ms / 1000 / mb }
}
