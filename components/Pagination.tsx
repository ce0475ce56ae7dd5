import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import { fillTemplate } from '@/lib/i18n/template'
import { pageWindow } from '@/lib/paginate'

/** Newer / older links and page numbers; nothing when the list fits on one page. */
export function Pagination({ page, pageHrefs }: { page: number; pageHrefs: string[] }) {
  if (pageHrefs.length <= 1) return null
  const t = siteMessages.pagination
  const linkClass =
    'rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
  return (
    <nav aria-label={t.label} className="mt-8 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHrefs[page - 2]} rel="prev" className={linkClass}>
          {t.newer}
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap gap-1">
        {pageWindow(page, pageHrefs.length).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 py-1 text-stone-500 dark:text-stone-400">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={pageHrefs[n - 1]}
                aria-current={n === page ? 'page' : undefined}
                aria-label={fillTemplate(t.page, { page: n })}
                className={`block min-w-8 rounded px-2 py-1 text-center ${n === page ? 'bg-sky-700 text-white' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < pageHrefs.length ? (
        <Link href={pageHrefs[page]} rel="next" className={linkClass}>
          {t.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
