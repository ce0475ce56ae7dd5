import { notFound } from 'next/navigation'
import { decodeSegment } from '@/lib/route-params'
import { searchIndexFile, searchIndexFiles } from '@/lib/search/search-index'

export const dynamic = 'force-static'
export const dynamicParams = false

/** The search index and Pagefind's search script, as static files under `/pagefind/`. */
export async function generateStaticParams() {
  return (await searchIndexFiles()).map((file) => ({ file: file.path.split('/') }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const path = (await params).file.map(decodeSegment).join('/')
  const file = (await searchIndexFile(path)) ?? notFound()
  return new Response(new Uint8Array(file.content), { headers: { 'Content-Type': contentType(path) } })
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8'
  if (path.endsWith('.json')) return 'application/json'
  // Index chunks, fragments and the WebAssembly are gzip data Pagefind unpacks itself.
  return 'application/octet-stream'
}
