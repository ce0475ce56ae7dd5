'use client'

import Link from '@/components/Link'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import type { SearchStrings } from '@/lib/i18n/messages'
import { fillTemplate } from '@/lib/i18n/template'
import { SearchField } from './SearchField'
import { onSearchArrowKeys, SearchResults } from './SearchResults'
import { useArchiveSearch } from './use-archive-search'

interface Props {
  /** Counts the reader's requests to open: each new one opens the dialog (if it is closed). */
  openRequests: number
  searchPath: string
  scriptUrl: string
  strings: SearchStrings
}

/** Results shown in the dialog; Enter opens the search page with all of them. */
const DIALOG_RESULTS = 8

/** A modal search (native <dialog>: focus stays inside, Esc closes, focus returns to where it was). */
export default function SearchDialog({ openRequests, searchPath, scriptUrl, strings }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const router = useRouter()
  const [query, setQuery] = useState('')
  const state = useArchiveSearch(scriptUrl, query, DIALOG_RESULTS)
  const allResults = `${searchPath}?q=${encodeURIComponent(query.trim())}`

  useEffect(() => {
    const element = dialog.current
    if (openRequests > 0 && element && !element.open) {
      element.showModal()
      input.current?.select()
    }
  }, [openRequests])

  /**
   * Closed at once, not on the next render, and focus taken out of it: a key
   * pressed right after (`/` again) must reach the page, not the hidden field.
   */
  const close = () => {
    const element = dialog.current
    if (element?.contains(document.activeElement)) (document.activeElement as HTMLElement).blur()
    element?.close()
  }

  return (
    <dialog
      ref={dialog}
      aria-label={strings.dialog}
      // A click on the dialog element itself is a click on the backdrop around the panel.
      onClick={(event) => event.target === dialog.current && close()}
      className="mx-auto mt-[8vh] max-h-[84vh] w-[min(40rem,calc(100vw-1.5rem))] overflow-hidden rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex max-h-[84vh] flex-col">
        <SearchField
          inputRef={input}
          strings={strings}
          query={query}
          onQuery={setQuery}
          onSubmit={() => {
            close()
            router.push(allResults)
          }}
          onKeyDown={(event) => {
            // In a search field Chrome's first Esc only clears the text: one Esc closes here.
            if (event.key === 'Escape') {
              event.preventDefault()
              close()
            } else onSearchArrowKeys(event, input, list)
          }}
          className="border-b border-stone-200 p-3 dark:border-stone-700"
        />
        <div className="overflow-y-auto px-3 pb-3">
          <SearchResults state={state} strings={strings} listRef={list} inputRef={input} onNavigate={close} />
          {state.status === 'done' && state.total > state.hits.length && (
            <p className="mt-2 px-1 text-sm">
              <Link href={allResults} onClick={close} className="text-sky-700 hover:underline dark:text-sky-400">
                {fillTemplate(strings.all, { count: state.total })}
              </Link>{' '}
              <span className="text-stone-500 dark:text-stone-400">{strings.orEnter}</span>
            </p>
          )}
        </div>
      </div>
    </dialog>
  )
}
