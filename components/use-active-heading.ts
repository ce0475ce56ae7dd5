'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { decodeSegment } from '@/lib/route-params'

/** Quiet time after the last scroll event that counts as "the scroll ended" (scrollend is not everywhere yet). */
const SETTLE_MS = 120

/**
 * Which heading is being read: the last one whose top has passed the reading
 * line just under the sticky header (the first one before that, the last one
 * once the page is scrolled to the bottom).
 *
 * `follow(id)` — a TOC click, or arriving at a `#hash` — makes that heading
 * active at once and holds it while the smooth scroll runs, so the headings
 * passed on the way do not flicker, and after it, even when the page cannot
 * scroll that heading up to the line; the reader's next scroll lets go.
 *
 * Heading positions are measured once and again only when the layout changes
 * (resize, late images), so a scroll event costs an array walk in an
 * animation frame and no layout reads.
 */
export function useActiveHeading(ids: readonly string[]): { activeId?: string; follow: (id: string) => void } {
  const [activeId, setActiveId] = useState<string | undefined>(ids[0])
  const followRef = useRef<(id: string) => void>(() => {})

  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null)
    if (headings.length === 0) return

    let tops: number[] = []
    let readingLine = 0
    let maxScroll = 0
    let frame = 0
    let held: { id: string; settledAt?: number } | undefined
    let settleTimer: ReturnType<typeof setTimeout> | undefined

    const measure = () => {
      const scrollY = window.scrollY
      tops = headings.map((heading) => heading.getBoundingClientRect().top + scrollY)
      // The line where a linked heading lands (its `scroll-margin-top`).
      readingLine = parseFloat(getComputedStyle(headings[0]).scrollMarginTop) || 0
      maxScroll = document.documentElement.scrollHeight - window.innerHeight
    }
    const current = (scrollY: number) => {
      if (scrollY >= maxScroll - 2) return headings.length - 1
      let index = 0
      // +2 px: a heading scrolled to exactly the line counts as reached.
      while (index + 1 < tops.length && tops[index + 1] <= scrollY + readingLine + 2) index++
      return index
    }
    const update = () => {
      frame = 0
      setActiveId(held ? held.id : headings[current(window.scrollY)].id)
    }
    const settleSoon = () => {
      clearTimeout(settleTimer)
      settleTimer = setTimeout(() => {
        if (held) held.settledAt = window.scrollY
      }, SETTLE_MS)
    }
    const onScroll = () => {
      if (held?.settledAt !== undefined && Math.abs(window.scrollY - held.settledAt) > 2) held = undefined
      else if (held) settleSoon()
      if (!frame) frame = requestAnimationFrame(update)
    }
    const remeasure = () => {
      measure()
      onScroll()
    }
    const follow = (id: string) => {
      if (!headings.some((heading) => heading.id === id)) return
      held = { id }
      settleSoon()
      setActiveId(id)
    }
    const followHash = () => follow(decodeSegment(window.location.hash.replace(/^#/, '')))

    followRef.current = follow
    measure()
    if (window.location.hash) followHash()
    update()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', remeasure)
    window.addEventListener('hashchange', followHash)
    // Late images and fonts move headings without a resize of the window.
    const observer = new ResizeObserver(remeasure)
    observer.observe(document.body)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(settleTimer)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', remeasure)
      window.removeEventListener('hashchange', followHash)
      observer.disconnect()
      followRef.current = () => {}
    }
  }, [ids])

  const follow = useCallback((id: string) => followRef.current(id), [])
  return { activeId, follow }
}
