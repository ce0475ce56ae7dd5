import { notFound } from 'next/navigation'
import { decodeSegment } from '@/lib/route-params'
import { publishedSearchScript, publishSearchIndex, searchIndexFile, searchIndexFiles } from '@/lib/search/search-index'

export const dynamic = 'force-static'
export const dynamicParams = false

/**
 * `/pagefind/pagefind.js`, the search script the pages load. A build
 * publishes Pagefind's files with Next's own static files (lib/search) and
 * this is one line that loads the script from there: Pagefind fetches its
 * index beside the script it runs from. `next dev` builds nothing ahead, so
 * there the route serves every file itself.
 */
const servesEveryFile = process.env.NODE_ENV === 'development'

export async function generateStaticParams() {
  if (servesEveryFile) return (await searchIndexFiles()).map((file) => ({ file: file.path.split('/') }))
  // Page data: the index is built (lib/render-every-post.ts shares the work) and written once, here.
  await publishSearchIndex()
  return [{ file: ['pagefind.js'] }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const path = (await params).file.map(decodeSegment).join('/')
  if (!servesEveryFile) {
    if (path !== 'pagefind.js') notFound()
    return new Response(`export * from ${JSON.stringify(publishedSearchScript)}\n`, {
      headers: { 'Content-Type': contentType(path) },
    })
  }
  const file = (await searchIndexFile(path)) ?? notFound()
  return new Response(new Uint8Array(file.content), { headers: { 'Content-Type': contentType(path) } })
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8'
  if (path.endsWith('.json')) return 'application/json'
  // Index chunks, fragments and the WebAssembly are gzip data Pagefind unpacks itself.
  return 'application/octet-stream'
}
