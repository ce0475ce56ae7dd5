'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { decodeSegment } from '@/lib/route-params'

/** What a reader does to scroll: any of these lets go of a followed heading. Programmatic and hash scrolls do not. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const

/**
 * Which heading is being read: the last one whose top has passed the reading
 * line just under the sticky header (the first one before that, the last one
 * once the page is scrolled to the bottom).
 *
 * `follow(id)` — a TOC click, or arriving at a `#hash` — makes that heading
 * active at once and holds it while the smooth scroll runs, so the headings
 * passed on the way do not flicker, and after it, even when the page cannot
 * scroll that heading up to the line. The reader's own next input (wheel,
 * touch, key, mouse) lets go — not scroll events, which the browser also
 * fires for hash jumps and layout adjustments at any time after load.
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
    let heldId: string | undefined

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
      setActiveId(heldId ?? headings[current(window.scrollY)].id)
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    // The highlight moves on the next scroll, not on the input itself: a key that scrolls nothing changes nothing.
    const letGo = () => {
      heldId = undefined
    }
    const remeasure = () => {
      measure()
      onScroll()
    }
    const follow = (id: string) => {
      if (!headings.some((heading) => heading.id === id)) return
      heldId = id
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
    for (const type of READER_INPUT) window.addEventListener(type, letGo, { passive: true, capture: true })
    // Late images and fonts move headings without a resize of the window.
    const observer = new ResizeObserver(remeasure)
    observer.observe(document.body)
    return () => {
      cancelAnimationFrame(frame)
      for (const type of READER_INPUT) window.removeEventListener(type, letGo, { capture: true })
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
