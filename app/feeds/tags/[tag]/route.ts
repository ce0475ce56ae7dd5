import { notFound } from 'next/navigation'
import { FEED_CONTENT_TYPES, tagFeed } from '@/lib/feeds'
import { exportableParams } from '@/lib/exportable-params'
import { decodeSegment } from '@/lib/route-params'
import { getTags } from '@/lib/site-data'

export const dynamic = 'force-static'
export const dynamicParams = false

/** `/feeds/tags/<tag>.xml` */
export function generateStaticParams() {
  return exportableParams(
    getTags().map((tag) => ({ tag: `${tag.segment}.xml` })),
    { tag: '404.xml' },
  )
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const segment = decodeSegment((await params).tag).replace(/\.xml$/, '')
  const xml = (await tagFeed(segment)) ?? notFound()
  return new Response(xml, { headers: { 'Content-Type': FEED_CONTENT_TYPES.rss } })
}
