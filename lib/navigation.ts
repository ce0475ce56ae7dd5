import { getPage } from './site-data'
import { OWN_TOP_LEVEL_SEGMENTS } from './routes'
import { decodeSegment } from './route-params'
import { siteConfig } from './config'
import { siteMessages } from './i18n/site-messages'

export interface NavItem {
  label: string
  href: string
}

/**
 * The header's menu: the configured items (Icarus `navbar.menu`, or the
 * default menu in the interface's words) that lead somewhere. An item for a
 * standalone page the content does not have (`/about` without
 * `pages/about.md`) is left out instead of linking to a 404.
 */
export function navItems(): NavItem[] {
  return siteConfig.nav
    .map((item) => ({ label: 'label' in item ? item.label : siteMessages.menu[item.word], href: item.href }))
    .filter((item) => leadsSomewhere(item.href))
}

function leadsSomewhere(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return true // another site's page: not ours to check
  const first = href.split(/[?#]/)[0].split('/')[1] ?? ''
  if (first === '' || OWN_TOP_LEVEL_SEGMENTS.has(first)) return true
  return getPage(decodeSegment(first)) !== undefined
}
