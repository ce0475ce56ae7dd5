import type { Metadata } from 'next'
import { Suspense } from 'react'
import { SearchPage } from '@/components/search/SearchPage'
import { WithSidebars } from '@/components/WithSidebars'
import { withBasePath } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'

const t = siteMessages.search

export const metadata: Metadata = {
  ...pageMetadata({ title: t.title, path: routes.search() }),
  // Result pages are endless and thin: keep them out of search engines, follow their links.
  robots: { index: false, follow: true },
}

/** `/search?q=…`: a static page; the results come from the static index in the browser. */
export default function SearchRoute() {
  return (
    <WithSidebars>
      <h1 className="mb-4 text-2xl font-semibold">{t.title}</h1>
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6 dark:border-stone-800 dark:bg-stone-900">
        {/* ?q= is only known in the browser: the field and results render there. */}
        <Suspense fallback={<p className="text-sm text-stone-500">{t.loadingPage}</p>}>
          <SearchPage scriptUrl={withBasePath(routes.searchScript())} strings={{ ...t, locale: siteMessages.locale }} />
        </Suspense>
      </div>
    </WithSidebars>
  )
}
