import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { tagListing } from '@/lib/listings'
import { decodeSegment } from '@/lib/route-params'
import { exportableParams } from '@/lib/exportable-params'
import { listingMetadata } from '@/lib/metadata'
import { sidebarsFor } from '@/lib/sidebar'
import { getTags } from '@/lib/site-data'

export const dynamicParams = false

type Props = { params: Promise<{ tag: string }> }

export function generateStaticParams() {
  return exportableParams(
    getTags().map((tag) => ({ tag: tag.segment })),
    { tag: '404' },
  )
}

async function viewFrom(params: Props['params']) {
  const segment = decodeSegment((await params).tag)
  return { segment, view: (await tagListing(segment, 1)) ?? notFound() }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await viewFrom(params)
  return listingMetadata(view)
}

export default async function TagPage({ params }: Props) {
  return <PostListPage view={(await viewFrom(params)).view} sidebars={sidebarsFor()} />
}
