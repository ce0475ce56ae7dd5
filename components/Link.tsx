'use client'

import NextLink from 'next/link'
import { useRouter } from 'next/navigation'
import type { ComponentProps } from 'react'

/**
 * `next/link` that prefetches when the reader reaches for a link (pointer
 * over it, keyboard focus, a finger down), not when it scrolls into view.
 * Viewport prefetching fetched and parsed one RSC payload per visible link
 * while the page was still starting: /tags, with a link per tag, spent
 * 860 ms of Lighthouse's total blocking time on it (BENCH.md, session 4).
 * Every internal link goes through here (eslint forbids `next/link` elsewhere).
 */
export default function Link({
  href,
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter()
  const target = typeof href === 'string' ? href : undefined
  const prefetchOnIntent = () => {
    if (prefetch !== false && target?.startsWith('/')) router.prefetch(target)
  }
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchOnIntent()
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        prefetchOnIntent()
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        prefetchOnIntent()
        onTouchStart?.(event)
      }}
    />
  )
}
