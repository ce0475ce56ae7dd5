import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { listingMetadata } from '@/lib/metadata'
import { tagListing, tagListingParams } from '@/lib/listings'
import { decodeSegment, parsePageNumber } from '@/lib/route-params'
import { exportableParams } from '@/lib/exportable-params'
import { sidebarsFor } from '@/lib/sidebar'

export const dynamicParams = false

type Props = { params: Promise<{ tag: string; n: string }> }

export function generateStaticParams() {
  return exportableParams(tagListingParams(), { tag: '404', n: '1' })
}

async function viewFrom(params: Props['params']) {
  const { tag, n } = await params
  const page = parsePageNumber(n)
  return (page > 1 && (await tagListing(decodeSegment(tag), page))) || notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewFrom(params)
  return listingMetadata(view)
}

export default async function TagPageN({ params }: Props) {
  return <PostListPage view={await viewFrom(params)} sidebars={sidebarsFor()} />
}
