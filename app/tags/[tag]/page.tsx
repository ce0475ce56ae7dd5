import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { WithSidebars } from '@/components/WithSidebars'
import { tagListing } from '@/lib/listings'
import { decodeSegment } from '@/lib/route-params'
import { routes } from '@/lib/routes'
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
  const { segment, view } = await viewFrom(params)
  return { title: view.title, alternates: { canonical: routes.tag({ segment }) } }
}

export default async function TagPage({ params }: Props) {
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <PostListPage view={(await viewFrom(params)).view} />
    </WithSidebars>
  )
}
