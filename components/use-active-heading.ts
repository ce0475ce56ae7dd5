'use client'

import { useEffect, useState } from 'react'

/**
 * The id of the heading being read: the last one whose top has passed the
 * reading line just under the sticky header (the first one before that, the
 * last one once the page is scrolled to the bottom).
 *
 * Heading positions are measured once and again only when the layout changes
 * (resize, late images), so a scroll event costs one array walk in an
 * animation frame and no layout reads.
 */
export function useActiveHeading(ids: readonly string[]): string | undefined {
  const [activeId, setActiveId] = useState<string | undefined>(ids[0])

  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null)
    if (headings.length === 0) return

    let tops: number[] = []
    let readingLine = 0
    let maxScroll = 0
    let frame = 0

    const measure = () => {
      const scrollY = window.scrollY
      tops = headings.map((heading) => heading.getBoundingClientRect().top + scrollY)
      // The line where a linked heading lands (its `scroll-margin-top`).
      readingLine = parseFloat(getComputedStyle(headings[0]).scrollMarginTop) || 0
      maxScroll = document.documentElement.scrollHeight - window.innerHeight
    }
    const update = () => {
      frame = 0
      const scrollY = window.scrollY
      let index = 0
      if (scrollY >= maxScroll - 2) index = headings.length - 1
      else {
        // +2 px: a heading scrolled to exactly the line counts as reached.
        while (index + 1 < tops.length && tops[index + 1] <= scrollY + readingLine + 2) index++
      }
      setActiveId(headings[index].id)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    const remeasure = () => {
      measure()
      schedule()
    }

    remeasure()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', remeasure)
    // Late images and fonts move headings without a resize of the window.
    const observer = new ResizeObserver(remeasure)
    observer.observe(document.body)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', remeasure)
      observer.disconnect()
    }
  }, [ids])

  return activeId
}
