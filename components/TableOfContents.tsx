'use client'

import { useMemo } from 'react'
import type { TocEntry } from '@/lib/toc'
import { useActiveHeading } from './use-active-heading'

/**
 * The post's table of contents: real `#id` links built on the server; only
 * the highlighting of the heading being read runs here.
 */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries])
  const activeId = useActiveHeading(ids)

  return (
    <nav aria-label="Table of contents" className="text-sm">
      <h2 className="mb-3 font-semibold text-stone-900 dark:text-stone-100">目录 · Contents</h2>
      <ol className="space-y-1 border-l border-stone-200 dark:border-stone-800">
        {entries.map((entry) => {
          const active = entry.id === activeId
          return (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                aria-current={active ? 'location' : undefined}
                style={{ paddingInlineStart: `${entry.level * 0.75}rem` }}
                className={`-ml-px block border-l-2 py-1 pr-2 leading-snug ${
                  active
                    ? 'border-sky-600 font-medium text-sky-700 dark:border-sky-400 dark:text-sky-300'
                    : 'border-transparent text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
                }`}
              >
                {entry.number && <span className="mr-1.5 tabular-nums text-stone-400">{entry.number}</span>}
                {entry.text}
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
