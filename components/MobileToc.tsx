'use client'

import { useCallback, useRef, useState } from 'react'
import type { TocMessages } from '@/lib/i18n/messages'
import type { TocEntry } from '@/lib/toc'
import { TableOfContents } from './TableOfContents'

/**
 * Phones and tablets have no sidebar: the TOC is a disclosure above the post
 * that closes once the reader picks a heading, so it never covers the text.
 * Its list is mounted only while open: no second scroll-spy on a desktop.
 */
export function MobileToc({ entries, strings }: { entries: TocEntry[]; strings: TocMessages }) {
  const details = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  const close = useCallback(() => {
    if (details.current) details.current.open = false
  }, [])
  return (
    <details
      ref={details}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="mb-6 rounded-lg border border-stone-200 bg-stone-50 lg:hidden dark:border-stone-700 dark:bg-stone-800"
    >
      <summary className="cursor-pointer px-4 py-2 font-medium">{strings.title}</summary>
      <div data-toc-scroller className="max-h-[60vh] overflow-y-auto px-4 pb-3">
        {open && <TableOfContents entries={entries} strings={strings} titled={false} onNavigate={close} />}
      </div>
    </details>
  )
}
