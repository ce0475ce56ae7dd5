import Link from '@/components/Link'
import type { ListingView } from '@/lib/listings'
import type { Sidebars } from '@/lib/sidebar'
import { siteConfig } from '@/lib/config'
import { siteMessages } from '@/lib/i18n/site-messages'
import { fillTemplate } from '@/lib/i18n/template'
import { Pagination } from './Pagination'
import { PostList } from './PostList'
import { WithSidebars } from './WithSidebars'

/** A paginated list of post cards, between the sidebars: home, tag and category pages. */
export function PostListPage({ view, sidebars }: { view: ListingView; sidebars: Sidebars }) {
  return (
    <WithSidebars sidebars={sidebars}>
      <ListingHeading view={view} />
      <PostList posts={view.posts} />
      <Pagination page={view.page} pageHrefs={view.pageHrefs} />
    </WithSidebars>
  )
}

function ListingHeading({ view }: { view: ListingView }) {
  const { heading, page } = view
  const t = siteMessages.list
  const pageTitle = fillTemplate(t.page, { page })
  const pageNote =
    page > 1 ? <span className="text-base font-normal text-stone-500 dark:text-stone-400"> · {pageTitle}</span> : null
  switch (heading.kind) {
    case 'home':
      return page === 1 ? (
        <h1 className="sr-only">{siteConfig.title}</h1>
      ) : (
        <h1 className="mb-6 text-2xl font-semibold">{pageTitle}</h1>
      )
    case 'tag':
      return (
        <h1 className="mb-6 text-2xl font-semibold">
          {t.tag} <span className="text-sky-700 dark:text-sky-400">#{heading.name}</span> <Count n={heading.count} />
          {pageNote}
        </h1>
      )
    case 'category':
      return (
        <div className="mb-6">
          <h1 className="text-2xl font-semibold">
            {t.category}{' '}
            {heading.trail.map((node, i) => (
              <span key={node.href}>
                {i > 0 && ' / '}
                <Link href={node.href} className="text-sky-700 hover:underline dark:text-sky-400">
                  {node.name}
                </Link>
              </span>
            ))}{' '}
            <Count n={heading.count} />
            {pageNote}
          </h1>
          {heading.children.length > 0 && (
            <ul aria-label={t.subcategories} className="mt-3 flex flex-wrap gap-2 text-sm">
              {heading.children.map((child) => (
                <li key={child.href}>
                  <Link
                    href={child.href}
                    className="rounded bg-stone-200 px-2 py-1 hover:bg-stone-300 dark:bg-stone-800 dark:hover:bg-stone-700"
                  >
                    {child.name} ({child.count})
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )
  }
}

function Count({ n }: { n: number }) {
  return <span className="text-base font-normal text-stone-500 dark:text-stone-400">({n})</span>
}
