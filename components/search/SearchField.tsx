'use client'

import type { KeyboardEvent, RefObject } from 'react'
import type { SearchStrings } from '@/lib/i18n/messages'

interface Props {
  inputRef: RefObject<HTMLInputElement | null>
  strings: Pick<SearchStrings, 'field' | 'placeholder'>
  query: string
  onQuery: (query: string) => void
  onSubmit: () => void
  onKeyDown: (event: KeyboardEvent) => void
  /** Marks the search page's own field, which the header shortcut focuses. */
  pageField?: boolean
  className?: string
}

/** The search field; Enter is the caller's (`onSubmit`). */
export function SearchField({ inputRef, strings, query, onQuery, onSubmit, onKeyDown, pageField, className }: Props) {
  return (
    <form
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <input
        ref={inputRef}
        type="search"
        name="q"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
        aria-label={strings.field}
        placeholder={strings.placeholder}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-search-page={pageField ? '' : undefined}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-stone-600 dark:bg-stone-950"
      />
    </form>
  )
}
