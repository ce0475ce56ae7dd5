import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { WithSidebars } from '@/components/WithSidebars'
import { tagListing } from '@/lib/listings'
import { decodeSegment } from '@/lib/route-params'
import { pageMetadata } from '@/lib/metadata'
import { sidebarsFor } from '@/lib/sidebar'
import { getTags } from '@/lib/site-data'

export const dynamicParams = false

type Props = { params: Promise<{ tag: string }> }

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.segment }))
}

async function viewFrom(params: Props['params']) {
  const segment = decodeSegment((await params).tag)
  return { segment, view: (await tagListing(segment, 1)) ?? notFound() }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await viewFrom(params)
  return pageMetadata({ title: view.title, path: view.pageHrefs[0], feed: view.feed })
}

export default async function TagPage({ params }: Props) {
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <PostListPage view={(await viewFrom(params)).view} />
    </WithSidebars>
  )
}
