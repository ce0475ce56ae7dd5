import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { listingMetadata } from '@/lib/metadata'
import { categoryListing, categoryListingParams } from '@/lib/listings'
import { decodeSegment } from '@/lib/route-params'
import { exportableParams } from '@/lib/exportable-params'
import { sidebarsFor } from '@/lib/sidebar'

export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

/** Every category, and `<category>/page/N` for its later pages. */
export function generateStaticParams() {
  return exportableParams(categoryListingParams(), { path: ['404'] })
}

async function viewFrom(params: Props['params']) {
  return (await categoryListing((await params).path.map(decodeSegment))) ?? notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewFrom(params)
  return listingMetadata(view)
}

export default async function CategoryPage({ params }: Props) {
  return <PostListPage view={await viewFrom(params)} sidebars={sidebarsFor()} />
}
