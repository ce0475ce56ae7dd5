import { notFound } from 'next/navigation'
import { categoryFeed, FEED_CONTENT_TYPES } from '@/lib/feeds'
import { exportableParams } from '@/lib/exportable-params'
import { decodeSegment } from '@/lib/route-params'
import { getAllCategories } from '@/lib/site-data'

export const dynamic = 'force-static'
export const dynamicParams = false

/** `/feeds/categories/<parent>/<child>.xml` */
export function generateStaticParams() {
  return exportableParams(
    getAllCategories().map((category) => ({
      path: [...category.path.slice(0, -1), `${category.path.at(-1)}.xml`],
    })),
    { path: ['404.xml'] },
  )
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.map(decodeSegment)
  const xml = (await categoryFeed([...path.slice(0, -1), path.at(-1)!.replace(/\.xml$/, '')])) ?? notFound()
  return new Response(xml, { headers: { 'Content-Type': FEED_CONTENT_TYPES.rss } })
}
