import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import { FormattedDate } from '../FormattedDate'
import { WidgetCard } from './WidgetCard'

export function RecentPostsWidget({ posts }: { posts: { title: string; href: string; date: Date }[] }) {
  return (
    <WidgetCard title={siteMessages.widget.recentPosts}>
      <ol className="space-y-3">
        {posts.map((post) => (
          <li key={post.href}>
            <p className="text-xs text-stone-500 dark:text-stone-400">
              <FormattedDate date={post.date} />
            </p>
            <Link href={post.href} className="leading-snug hover:text-sky-700 dark:hover:text-sky-400">
              {post.title}
            </Link>
          </li>
        ))}
      </ol>
    </WidgetCard>
  )
}
