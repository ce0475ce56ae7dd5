import type { TocEntry } from '@/lib/toc'
import { TableOfContents } from '../TableOfContents'

/** The post's TOC; it stays in view (sticky) within its sidebar. Phones get it above the post instead. */
export function TocWidget({ entries }: { entries: TocEntry[] }) {
  return (
    <div className="sticky top-(--reading-line) hidden max-h-[calc(100vh-var(--reading-line)-1rem)] overflow-y-auto rounded-lg border border-stone-200 bg-white p-4 shadow-sm lg:block dark:border-stone-800 dark:bg-stone-900">
      <TableOfContents entries={entries} />
    </div>
  )
}
