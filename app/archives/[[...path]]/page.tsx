import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArchiveTimeline } from '@/components/ArchiveTimeline'
import { WithSidebars } from '@/components/WithSidebars'
import { listingMetadata } from '@/lib/metadata'
import { archiveListing, archiveListingParams } from '@/lib/listings'
import { sidebarsFor } from '@/lib/sidebar'

export const dynamicParams = false

type Props = { params: Promise<{ path?: string[] }> }

/** `/archives`, `/archives/2020`, `/archives/2020/03`, each with `/page/N`. */
export function generateStaticParams() {
  return archiveListingParams()
}

async function viewFrom(params: Props['params']) {
  return archiveListing((await params).path ?? []) ?? notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await viewFrom(params)
  return listingMetadata(view)
}

export default async function ArchivePage({ params }: Props) {
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <ArchiveTimeline view={await viewFrom(params)} />
    </WithSidebars>
  )
}
