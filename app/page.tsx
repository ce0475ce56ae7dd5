import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { WithSidebars } from '@/components/WithSidebars'
import { homeListing } from '@/lib/listings'
import { sidebarsFor } from '@/lib/sidebar'

export default async function Home() {
  const view = (await homeListing(1)) ?? notFound()
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <PostListPage view={view} />
    </WithSidebars>
  )
}
