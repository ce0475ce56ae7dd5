'use client'

import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react'
import type { TocMessages } from '@/lib/i18n/messages'
import type { TocEntry } from '@/lib/toc'
import { useActiveHeading } from './use-active-heading'

/**
 * The post's table of contents: real `#id` links built on the server; here
 * only the highlighting, and a click that scrolls smoothly (instantly under
 * reduced motion), puts the hash in the URL and moves keyboard focus.
 */
export function TableOfContents({
  entries,
  strings,
  onNavigate,
  titled = true,
}: {
  entries: TocEntry[]
  strings: TocMessages
  onNavigate?: () => void
  titled?: boolean
}) {
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries])
  const { activeId, follow } = useActiveHeading(ids)
  const listRef = useRef<HTMLOListElement>(null)

  // Keep the active entry in view inside a long TOC, without scrolling the page.
  useEffect(() => {
    const list = listRef.current
    const scroller = list?.closest<HTMLElement>('[data-toc-scroller]')
    const link = list?.querySelector<HTMLElement>('[aria-current="location"]')
    if (!scroller || !link || scroller.scrollHeight <= scroller.clientHeight) return
    // Measured only when the active entry changes, not on every scroll event.
    const offset = link.getBoundingClientRect().top - scroller.getBoundingClientRect().top
    if (offset < 0 || offset + link.offsetHeight > scroller.clientHeight) {
      scroller.scrollTo({ top: scroller.scrollTop + offset - scroller.clientHeight / 3 })
    }
  }, [activeId])

  const onClick = useMemo(
    () => (event: MouseEvent<HTMLAnchorElement>, id: string) => {
      const heading = document.getElementById(id)
      if (!heading || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      follow(id)
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
      heading.scrollIntoView({ behavior: reduce ? 'instant' : 'smooth', block: 'start' })
      // replaceState: shareable URL without a history entry per click (iOS throttles pushState).
      history.replaceState(history.state, '', `#${encodeURIComponent(id)}`)
      heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: true })
      onNavigate?.()
    },
    [follow, onNavigate],
  )

  return (
    <nav aria-label={strings.label} className="text-sm">
      {titled && <h2 className="mb-3 font-semibold text-stone-900 dark:text-stone-100">{strings.title}</h2>}
      <ol ref={listRef} className="space-y-0.5 border-l border-stone-200 dark:border-stone-700">
        {entries.map((entry) => (
          <TocLink key={entry.id} entry={entry} active={entry.id === activeId} onClick={onClick} />
        ))}
      </ol>
    </nav>
  )
}

/** One entry; memoized so a highlight change re-renders two entries, not all 240. */
const TocLink = memo(function TocLink({
  entry,
  active,
  onClick,
}: {
  entry: TocEntry
  active: boolean
  onClick: (event: MouseEvent<HTMLAnchorElement>, id: string) => void
}) {
  return (
    <li>
      <a
        href={`#${entry.id}`}
        onClick={(event) => onClick(event, entry.id)}
        aria-current={active ? 'location' : undefined}
        style={{ paddingInlineStart: `${entry.level * 0.75}rem` }}
        className={`-ml-px block border-l-2 py-1 pr-2 leading-snug ${
          active
            ? 'border-sky-600 font-medium text-sky-800 dark:border-sky-400 dark:text-sky-300'
            : 'border-transparent text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100'
        }`}
      >
        {entry.number && <span className="mr-1.5 text-stone-500 tabular-nums dark:text-stone-400">{entry.number}</span>}
        {entry.text}
      </a>
    </li>
  )
})
