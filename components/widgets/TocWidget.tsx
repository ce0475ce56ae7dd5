import { siteMessages } from '@/lib/i18n/site-messages'
import type { TocEntry } from '@/lib/toc'
import { TableOfContents } from '../TableOfContents'

/** The post's TOC, in view (sticky) within its sidebar and scrolling inside itself. Phones get MobileToc instead. */
export function TocWidget({ entries }: { entries: TocEntry[] }) {
  return (
    <div
      data-toc-scroller
      className="sticky top-(--reading-line) hidden max-h-[calc(100vh-var(--reading-line)-1rem)] overflow-y-auto overscroll-contain rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:block dark:border-stone-800 dark:bg-stone-900"
    >
      <TableOfContents entries={entries} strings={siteMessages.toc} />
    </div>
  )
}
