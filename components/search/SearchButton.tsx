'use client'

import Link from '@/components/Link'
import { lazy, Suspense, useEffect, useState } from 'react'
import type { SearchStrings } from '@/lib/i18n/messages'

// Its own chunk: nothing of the search UI or index loads until the reader opens search.
const SearchDialog = lazy(() => import('./SearchDialog'))

interface Props {
  /** The search page (`/search`), without the base path. */
  searchPath: string
  /** Pagefind's script, with the base path. */
  scriptUrl: string
  strings: SearchStrings
}

/**
 * The header's search: a link to the search page (what it is before the page
 * hydrates, or with a modifier key), and otherwise a dialog that `/` and
 * Ctrl/⌘-K open from anywhere. On the search page the shortcut focuses its field.
 */
export function SearchButton({ searchPath, scriptUrl, strings }: Props) {
  // 0 until first opened: the dialog's code is fetched then, not before.
  const [openRequests, setOpenRequests] = useState(0)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return
      // Chrome's autofill sends keydown events without a key.
      const commandK = event.key?.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.shiftKey
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      if (!focusSearchPageField()) setOpenRequests((count) => count + 1)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <Link
        href={searchPath}
        prefetch={false}
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
          event.preventDefault()
          if (!focusSearchPageField()) setOpenRequests((count) => count + 1)
        }}
        className="flex shrink-0 items-center gap-1.5 rounded border border-stone-300 px-2 py-1 text-sm text-stone-600 hover:border-sky-600 hover:text-sky-700 dark:border-stone-700 dark:text-stone-300 dark:hover:text-sky-400"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="max-sm:sr-only">{strings.open}</span>
        <kbd className="rounded border border-stone-300 px-1 font-sans text-xs text-stone-500 max-md:hidden dark:border-stone-600">
          /
        </kbd>
      </Link>
      {openRequests > 0 && (
        <Suspense fallback={null}>
          <SearchDialog openRequests={openRequests} searchPath={searchPath} scriptUrl={scriptUrl} strings={strings} />
        </Suspense>
      )}
    </>
  )
}

/** On the search page, search is its own field: focus that instead of opening the dialog. */
function focusSearchPageField(): boolean {
  const field = document.querySelector<HTMLInputElement>('input[data-search-page]')
  field?.focus()
  field?.select()
  return Boolean(field)
}

/** Where `/` is a character the reader is typing, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}
