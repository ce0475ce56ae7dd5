'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type { SearchStrings } from '@/lib/i18n/messages'
import { SearchField } from './SearchField'
import { onSearchArrowKeys, SearchResults } from './SearchResults'
import { useArchiveSearch } from './use-archive-search'

const PAGE_SIZE = 20

/** `/search?q=`: the query lives in the URL, so a search can be shared, reloaded and returned to with Back. */
export function SearchPage({ scriptUrl, strings }: { scriptUrl: string; strings: SearchStrings }) {
  // Read once: later changes to ?q= are this page's own (the header's search
  // focuses this field here instead of opening its dialog).
  const params = useSearchParams()
  const [query, setQuery] = useState(() => params.get('q') ?? '')
  const [limit, setLimit] = useState(PAGE_SIZE)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const state = useArchiveSearch(scriptUrl, query, limit)

  // What is typed goes into the URL without a new history entry per keystroke.
  useEffect(() => {
    const url = new URL(window.location.href)
    if (url.searchParams.get('q') === (query || null)) return
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    window.history.replaceState(window.history.state, '', url)
  }, [query])

  useEffect(() => {
    if (!input.current?.value) input.current?.focus()
  }, [])

  return (
    <div>
      <SearchField
        inputRef={input}
        strings={strings}
        query={query}
        onQuery={(value) => {
          setQuery(value)
          setLimit(PAGE_SIZE)
        }}
        onSubmit={() => list.current?.querySelector<HTMLElement>('a')?.focus()}
        onKeyDown={(event) => onSearchArrowKeys(event, input, list)}
        pageField
        className="mb-2"
      />
      <SearchResults state={state} strings={strings} listRef={list} inputRef={input} />
      {state.status === 'done' && state.total > state.hits.length && (
        <button
          type="button"
          onClick={() => setLimit((shown) => shown + PAGE_SIZE)}
          className="mt-4 rounded border border-stone-300 px-3 py-1.5 text-sm hover:border-sky-600 hover:text-sky-700 dark:border-stone-700"
        >
          {strings.more}
        </button>
      )}
    </div>
  )
}
