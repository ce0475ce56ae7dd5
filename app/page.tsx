import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { homeListing } from '@/lib/listings'
import { sidebarsFor } from '@/lib/sidebar'

export default async function Home() {
  const view = (await homeListing(1)) ?? notFound()
  return <PostListPage view={view} sidebars={sidebarsFor()} />
}
