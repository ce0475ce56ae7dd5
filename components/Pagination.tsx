import Link from 'next/link'

/** Newer / older links and page numbers; nothing when the list fits on one page. */
export function Pagination({ page, pageHrefs }: { page: number; pageHrefs: string[] }) {
  if (pageHrefs.length <= 1) return null
  const linkClass =
    'rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
  return (
    <nav aria-label="Pagination" className="mt-8 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={pageHrefs[page - 2]} rel="prev" className={linkClass}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap gap-1">
        {pageHrefs.map((href, i) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={i + 1 === page ? 'page' : undefined}
              aria-label={`Page ${i + 1}`}
              className={`block min-w-8 rounded px-2 py-1 text-center ${i + 1 === page ? 'bg-sky-700 text-white' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
            >
              {i + 1}
            </Link>
          </li>
        ))}
      </ol>
      {page < pageHrefs.length ? (
        <Link href={pageHrefs[page]} rel="next" className={linkClass}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
