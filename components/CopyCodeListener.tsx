'use client'

import { useEffect } from 'react'

/**
 * Makes the static "Copy" buttons beside code blocks work, with one
 * delegated listener for the whole page instead of one component per block.
 */
export function CopyCodeListener() {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button.copy-code')
      const code = button?.nextElementSibling?.textContent
      if (!button || code == null) return
      try {
        await navigator.clipboard.writeText(code)
        button.textContent = 'Copied'
      } catch {
        button.textContent = 'Press Ctrl+C'
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
  return null
}
