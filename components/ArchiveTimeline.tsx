import Link from '@/components/Link'
import type { ArchiveView } from '@/lib/listings'
import { FormattedDate } from './FormattedDate'
import { Pagination } from './Pagination'

/** An archive page: posts grouped by month, titles and dates, like Hexo's archive. */
export function ArchiveTimeline({ view }: { view: ArchiveView }) {
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">
        {view.title} <span className="text-base font-normal text-stone-500 dark:text-stone-400">({view.count})</span>
      </h1>
      <div className="space-y-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        {view.months.map((month) => (
          <section key={month.label} aria-labelledby={`archive-${month.label}`}>
            <h2 id={`archive-${month.label}`} className="mb-3 text-lg font-semibold">
              <Link href={month.href} className="hover:text-sky-700 dark:hover:text-sky-400">
                {month.label}
              </Link>
            </h2>
            <ol className="space-y-2 border-l border-stone-200 ps-4 dark:border-stone-700">
              {month.posts.map((post) => (
                <li key={post.href} className="flex flex-wrap gap-x-3">
                  <span className="text-sm text-stone-500 dark:text-stone-400 tabular-nums">
                    <FormattedDate date={post.date} />
                  </span>
                  <Link href={post.href} className="hover:text-sky-700 dark:hover:text-sky-400">
                    {post.title}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
      <Pagination page={view.page} pageHrefs={view.pageHrefs} />
    </>
  )
}
