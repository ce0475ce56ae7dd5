'use client'

import { useEffect, useSyncExternalStore } from 'react'
import type { ThemeMessages } from '@/lib/i18n/messages'
import { applyTheme, THEME_STORAGE_KEY, type Theme } from './theme'

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light')

/** Switches light/dark and remembers it; follows the system (and other tabs) until the reader chooses. */
export function ThemeToggle({ strings }: { strings: ThemeMessages }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme)

  useEffect(() => {
    const system = matchMedia('(prefers-color-scheme: dark)')
    const onSystem = () => {
      if (!localStorage.getItem(THEME_STORAGE_KEY)) applyTheme(system.matches ? 'dark' : 'light')
    }
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY && (event.newValue === 'light' || event.newValue === 'dark'))
        applyTheme(event.newValue)
    }
    system.addEventListener('change', onSystem)
    window.addEventListener('storage', onStorage)
    return () => {
      system.removeEventListener('change', onSystem)
      window.removeEventListener('storage', onStorage)
    }
  }, [])

  const next: Theme = theme === 'dark' ? 'light' : 'dark'
  const label = next === 'dark' ? strings.toDark : strings.toLight
  return (
    <button
      type="button"
      onClick={() => {
        applyTheme(next)
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next)
        } catch {
          // Private mode: the choice lasts for this page only.
        }
      }}
      aria-label={label}
      title={label}
      className="rounded px-2 py-1 text-base hover:bg-stone-100 dark:hover:bg-stone-800"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  )
}
