import type { PostSummary } from '@/lib/post-summary'
import { PostCard } from './PostCard'

export function PostList({ posts }: { posts: PostSummary[] }) {
  return (
    <ol className="grid gap-6">
      {posts.map((post) => (
        <li key={post.href}>
          <PostCard post={post} />
        </li>
      ))}
    </ol>
  )
}
