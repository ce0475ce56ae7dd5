/**
 * Light or dark: the reader's saved choice, else the system's. An inline
 * script in <head> (THEME_SCRIPT) applies it before the first paint, so no
 * page ever flashes the wrong theme; ThemeToggle changes and saves it.
 */
export const THEME_STORAGE_KEY = 'theme'

export type Theme = 'light' | 'dark'

export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';var e=document.documentElement;e.dataset.theme=t;e.style.colorScheme=t}catch(_){}})()`

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme
}
