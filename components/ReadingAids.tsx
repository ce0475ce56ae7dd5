'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * A reading-progress bar under the header (the source site had one) and a
 * back-to-top button once the reader is a screen down, each as Icarus's
 * `plugins.progressbar` / `plugins.back_to_top` say. One passive scroll
 * listener, work done once per animation frame, no layout reads per event.
 */
export function ReadingAids({
  progressBar,
  backToTop,
  backToTopLabel,
}: {
  progressBar: boolean
  backToTop: boolean
  backToTopLabel: string
}) {
  const bar = useRef<HTMLDivElement>(null)
  const [showTop, setShowTop] = useState(false)

  useEffect(() => {
    let maxScroll = 1
    let frame = 0
    const update = () => {
      frame = 0
      const y = window.scrollY
      if (bar.current) bar.current.style.transform = `scaleX(${Math.min(1, y / maxScroll)})`
      setShowTop(y > window.innerHeight)
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    const measure = () => {
      maxScroll = Math.max(1, document.documentElement.scrollHeight - window.innerHeight)
      onScroll()
    }
    measure()
    window.addEventListener('scroll', onScroll, { passive: true })
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      observer.disconnect()
    }
  }, [])

  return (
    <>
      {progressBar && (
        <div
          ref={bar}
          aria-hidden="true"
          className="reading-progress fixed top-(--header-height) left-0 z-40 h-0.5 w-full origin-left scale-x-0 bg-sky-600"
        />
      )}
      {backToTop && (
        <button
          type="button"
          onClick={() => {
            const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
            window.scrollTo({ top: 0, behavior: reduce ? 'instant' : 'smooth' })
            document.getElementById('main')?.focus({ preventScroll: true })
          }}
          aria-label={backToTopLabel}
          className={`back-to-top fixed right-4 bottom-4 z-40 rounded-full border border-stone-300 bg-white px-3 py-2 shadow transition-opacity dark:border-stone-600 dark:bg-stone-800 ${
            showTop ? 'opacity-100' : 'pointer-events-none opacity-0'
          }`}
          tabIndex={showTop ? 0 : -1}
        >
          ↑
        </button>
      )}
    </>
  )
}
