'use client'

import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'

/**
 * The phone header's menu button. The menu itself is the server-rendered
 * `<nav popover>` it names: the browser opens it, closes it on Esc or a
 * click outside, returns focus here and puts its links next in Tab order,
 * all before (and without) hydration. This component only mirrors the
 * state into `aria-expanded`, and closes the menu when one of its links is
 * followed (client-side navigation keeps the header, and so the open menu,
 * on screen) or when focus moves on past it.
 */
export function MobileMenuButton({ menuId, label }: { menuId: string; label: string }) {
  // The popover's own state (it may have opened before hydration), re-read on each toggle.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const menu = document.getElementById(menuId)
      menu?.addEventListener('toggle', onChange)
      return () => menu?.removeEventListener('toggle', onChange)
    },
    [menuId],
  )
  const open = useSyncExternalStore(
    subscribe,
    () => isOpen(document.getElementById(menuId)),
    () => false,
  )

  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const menu = document.getElementById(menuId)
    if (!menu) return
    const close = () => {
      if (isOpen(menu)) menu.hidePopover()
    }
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a')) close()
    }
    // Tabbing past the last item leaves the menu: close it rather than leave it over the text being read.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget
      if (next instanceof Node && !menu.contains(next) && next !== button.current) close()
    }
    // From md the nav is an inline row again: an open popover would float over it.
    const wide = matchMedia('(min-width: 48rem)')
    menu.addEventListener('click', onClick)
    menu.addEventListener('focusout', onFocusOut)
    wide.addEventListener('change', close)
    return () => {
      menu.removeEventListener('click', onClick)
      menu.removeEventListener('focusout', onFocusOut)
      wide.removeEventListener('change', close)
    }
  }, [menuId])

  return (
    <button
      ref={button}
      type="button"
      popoverTarget={menuId}
      aria-controls={menuId}
      aria-expanded={open}
      aria-label={label}
      className="shrink-0 rounded p-2 hover:bg-stone-100 md:hidden dark:hover:bg-stone-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d={open ? 'm5 5 10 10M15 5 5 15' : 'M3 5.5h14M3 10h14M3 14.5h14'} strokeLinecap="round" />
      </svg>
    </button>
  )
}

/** Browsers before popover (Safari < 17) would throw on the selector: there the menu is never open. */
function isOpen(menu: HTMLElement | null): boolean {
  return typeof menu?.hidePopover === 'function' && menu.matches(':popover-open')
}
