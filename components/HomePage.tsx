import { notFound } from 'next/navigation'
import { paginate } from '@/lib/paginate'
import { summarizeAll } from '@/lib/post-summary'
import { routes } from '@/lib/routes'
import { getHomePosts } from '@/lib/site-data'
import { siteConfig } from '@/lib/site-config'
import { PostListPage } from './PostListPage'

/** Page `page` of the home list: pinned posts first, then newest first. */
export async function HomePage({ page }: { page: number }) {
  const result = paginate(getHomePosts(), siteConfig.perPage.home, page)
  if (!result) notFound()
  return (
    <PostListPage
      heading={page === 1 ? <h1 className="sr-only">{siteConfig.title}</h1> : <h1 className="text-2xl font-semibold">Page {page}</h1>}
      posts={await summarizeAll(result.items)}
      page={page}
      pageCount={result.pageCount}
      hrefFor={routes.page}
    />
  )
}
