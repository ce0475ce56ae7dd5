import Link from '@/components/Link'
import { siteConfig } from '@/lib/config'
import { siteMessages } from '@/lib/i18n/site-messages'
import { pluralTemplate } from '@/lib/i18n/template'
import { FormattedDate } from './FormattedDate'
import type { PostSummary } from '@/lib/post-summary'
import { TermLinks } from './TermLinks'

export function PostCard({ post }: { post: PostSummary }) {
  const t = siteMessages
  return (
    <article className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-stone-900">
      {post.thumbnail && (
        <Link href={post.href} tabIndex={-1} aria-hidden="true">
          {/* eslint-disable-next-line @next/next/no-img-element -- remote images of any host; no image optimizer in a static export */}
          <img
            src={post.thumbnail}
            alt=""
            loading="lazy"
            decoding="async"
            className="aspect-[2/1] w-full object-cover"
          />
        </Link>
      )}
      <div className="space-y-2 p-4 sm:p-5">
        <div className="flex flex-wrap items-center gap-x-3 text-sm text-stone-500 dark:text-stone-400">
          {post.sticky && <span className="font-medium text-amber-700 dark:text-amber-400">{t.list.pinned}</span>}
          <FormattedDate date={post.date} />
          <TermLinks label={t.post.categories} terms={post.categories} />
        </div>
        <h2 className="text-xl font-semibold leading-snug">
          <Link href={post.href} className="hover:text-sky-700 dark:hover:text-sky-400">
            {post.title}
          </Link>
        </h2>
        {post.excerpt && <p className="line-clamp-3 text-stone-600 dark:text-stone-400">{post.excerpt}</p>}
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-500 dark:text-stone-400">
          <TermLinks label={t.post.tags} terms={post.tags} prefix="#" />
          {siteConfig.readingTime && <span>{pluralTemplate(t.locale, t.post.minutes, post.readingMinutes)}</span>}
        </div>
      </div>
    </article>
  )
}
