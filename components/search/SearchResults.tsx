'use client'

import Link from '@/components/Link'
import type { KeyboardEvent, RefObject } from 'react'
import type { SearchStrings } from '@/lib/i18n/messages'
import { fillTemplate, pluralTemplate } from '@/lib/i18n/template'
import { excerptParts } from '@/lib/search/excerpt'
import type { SearchHit } from './pagefind-client'
import type { SearchState } from './use-archive-search'

const HIT = 'a[data-search-hit]'

/**
 * Arrow keys between the search field and the results: Down from the field
 * enters the list, Up from the first result returns to the field. The
 * results are plain links, so Enter, middle-click and screen readers work as
 * they do on any link.
 */
export function onSearchArrowKeys(
  event: KeyboardEvent,
  input: RefObject<HTMLInputElement | null>,
  list: RefObject<HTMLElement | null>,
) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const hits = [...(list.current?.querySelectorAll<HTMLAnchorElement>(HIT) ?? [])]
  if (!hits.length) return
  const at = hits.indexOf(document.activeElement as HTMLAnchorElement)
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, hits.length - 1) : at - 1
  event.preventDefault()
  if (next < 0) input.current?.focus()
  else hits[next].focus()
}

interface Props {
  state: SearchState
  strings: SearchStrings
  listRef: RefObject<HTMLOListElement | null>
  /** The search field, where Up from the first result returns. */
  inputRef: RefObject<HTMLInputElement | null>
  /** Called when the reader follows a result (the dialog closes). */
  onNavigate?: () => void
}

export function SearchResults({ state, strings, listRef, inputRef, onNavigate }: Props) {
  return (
    <>
      <p role="status" className="px-1 py-2 text-sm text-stone-600 dark:text-stone-400">
        {statusText(state, strings)}
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol
          ref={listRef}
          aria-label={strings.results}
          className="space-y-1"
          onKeyDown={(event) => onSearchArrowKeys(event, inputRef, listRef)}
        >
          {state.hits.map((hit) => (
            <li key={hit.url}>
              <SearchResult hit={hit} onNavigate={onNavigate} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}

function statusText(state: SearchState, strings: SearchStrings): string {
  switch (state.status) {
    case 'idle':
      return strings.idle
    case 'loading':
      return strings.loading
    case 'error':
      return strings.error
    case 'done': {
      if (state.total === 0) return fillTemplate(strings.none, { query: state.query })
      const found = pluralTemplate(strings.locale, strings.found, state.total, { query: state.query })
      return state.total > state.hits.length
        ? found + fillTemplate(strings.bestShown, { shown: state.hits.length })
        : found
    }
  }
}

function SearchResult({ hit, onNavigate }: { hit: SearchHit; onNavigate?: () => void }) {
  return (
    <Link
      href={hit.url}
      data-search-hit=""
      onClick={onNavigate}
      className="block rounded-md px-3 py-2 outline-none hover:bg-stone-100 focus-visible:bg-sky-50 focus-visible:ring-2 focus-visible:ring-sky-600 dark:hover:bg-stone-800 dark:focus-visible:bg-stone-800"
    >
      <span className="block font-semibold text-sky-800 dark:text-sky-300">{hit.title}</span>
      <span className="block text-xs text-stone-500 dark:text-stone-400">
        {hit.date && <time dateTime={hit.date}>{hit.day ?? hit.date}</time>}
        {hit.date && hit.categories && ' · '}
        {hit.categories}
      </span>
      <span className="mt-1 block text-sm text-stone-700 dark:text-stone-300">
        {excerptParts(hit.excerpt).map((part, index) =>
          part.match ? (
            <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </span>
    </Link>
  )
}
