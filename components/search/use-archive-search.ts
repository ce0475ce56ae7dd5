'use client'

import { useEffect, useState } from 'react'
import { searchArchive, type SearchHit } from './pagefind-client'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; query: string; total: number; hits: SearchHit[] }

/** Typing pauses shorter than this do not start a search. */
const DEBOUNCE_MS = 120

/**
 * Searches as the reader types. An older query's answer never replaces a
 * newer one's; while the newer one is on its way the older results stay (no
 * flicker between keystrokes).
 */
export function useArchiveSearch(scriptUrl: string, query: string, limit: number): SearchState {
  const [answer, setAnswer] = useState<{ key: string; state: SearchState }>()
  const trimmed = query.trim()
  const key = `${limit}\0${trimmed}`

  useEffect(() => {
    if (!trimmed) return
    let current = true
    const timer = setTimeout(() => {
      searchArchive(scriptUrl, trimmed, limit).then(
        ({ total, hits }) => current && setAnswer({ key, state: { status: 'done', query: trimmed, total, hits } }),
        () => current && setAnswer({ key, state: { status: 'error' } }),
      )
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [scriptUrl, trimmed, limit, key])

  if (!trimmed) return { status: 'idle' }
  if (answer?.key === key) return answer.state
  return answer?.state.status === 'done' ? answer.state : { status: 'loading' }
}
