import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { listingMetadata } from '@/lib/metadata'
import { homeListing, laterPages } from '@/lib/listings'
import { parsePageNumber } from '@/lib/route-params'
import { exportableParams } from '@/lib/exportable-params'
import { sidebarsFor } from '@/lib/sidebar'
import { getHomePosts } from '@/lib/site-data'
import { siteConfig } from '@/lib/config'

export const dynamicParams = false

type Props = { params: Promise<{ page: string }> }

/** Pages 2…N; page 1 is `/`. */
export function generateStaticParams() {
  return exportableParams(
    laterPages(getHomePosts().length, siteConfig.perPage.home).map((n) => ({ page: String(n) })),
    { page: '1' },
  )
}

async function viewFrom(params: Props['params']) {
  const n = parsePageNumber((await params).page)
  return (n > 1 && (await homeListing(n))) || notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewFrom(params)
  return listingMetadata(view)
}

export default async function HomePageN({ params }: Props) {
  return <PostListPage view={await viewFrom(params)} sidebars={sidebarsFor()} />
}
