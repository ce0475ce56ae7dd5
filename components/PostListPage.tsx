import type { ReactNode } from 'react'
import type { PostSummary } from '@/lib/post-summary'
import { Pagination } from './Pagination'
import { PostList } from './PostList'

/** A titled, paginated list of post cards: home, tag and category pages. */
export function PostListPage(props: {
  heading?: ReactNode
  posts: PostSummary[]
  page: number
  pageCount: number
  hrefFor: (page: number) => string
}) {
  return (
    <div className="mx-auto max-w-3xl">
      {props.heading && <div className="mb-6">{props.heading}</div>}
      <PostList posts={props.posts} />
      <Pagination page={props.page} pageCount={props.pageCount} hrefFor={props.hrefFor} />
    </div>
  )
}
