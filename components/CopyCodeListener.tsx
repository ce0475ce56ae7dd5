'use client'

import { useEffect } from 'react'

/**
 * Makes the static "Copy" buttons beside code blocks work, with one
 * delegated listener for the whole page instead of one component per block.
 */
export function CopyCodeListener({ strings }: { strings: { copied: string; pressCtrlC: string } }) {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button.copy-code')
      const code = button?.nextElementSibling?.textContent
      if (!button || code == null) return
      // The label the renderer wrote comes back afterwards.
      const label = button.getAttribute('data-label') ?? button.textContent ?? ''
      button.setAttribute('data-label', label)
      try {
        await navigator.clipboard.writeText(code)
        button.textContent = strings.copied
      } catch {
        button.textContent = strings.pressCtrlC
      }
      setTimeout(() => (button.textContent = label), 2000)
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [strings])
  return null
}
