'use client'

import { useEffect } from 'react'

/**
 * A post in another language than the site's (`lang` front matter) sets
 * `<html lang>` while it is shown. The root layout cannot see the post, so
 * an inline script sets it before first paint on a full load, and this
 * effect sets it on client navigation and puts the site's back on leaving.
 */
export function DocumentLang({ lang }: { lang: string }) {
  useEffect(() => {
    const root = document.documentElement
    root.lang = lang
    return () => {
      root.lang = root.dataset.siteLang ?? ''
    }
  }, [lang])
  return (
    <script
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: `document.documentElement.lang=${JSON.stringify(lang).replace(/</g, '\\u003c')}` }}
    />
  )
}
