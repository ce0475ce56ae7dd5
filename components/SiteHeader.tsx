import Link from '@/components/Link'
import { siteConfig } from '@/lib/config'
import { siteImageSrc, withBasePath } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { navItems } from '@/lib/navigation'
import { routes } from '@/lib/routes'
import { MobileMenuButton } from './MobileMenuButton'
import { SearchButton } from './search/SearchButton'
import { ThemeToggle } from './ThemeToggle'

const MENU_ID = 'site-menu'

/**
 * The site title (or Icarus's `logo`), the menu, search and the theme toggle.
 * From `md` the menu is a row of links; below it the same `<nav>` is a popover
 * opened by a menu button (CSS alone picks the form, so the first paint is
 * already right), and the title truncates instead of pushing anything off screen.
 */
export function SiteHeader() {
  const t = siteMessages
  const link =
    'block rounded px-3 py-2 hover:bg-stone-100 hover:text-sky-700 md:px-2 md:py-1 dark:hover:bg-stone-800 dark:hover:text-sky-400'
  const { logo, title } = siteConfig
  return (
    <header className="sticky top-0 z-40 h-(--header-height) border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex h-full max-w-7xl items-center gap-2 px-3 sm:gap-4 sm:px-4">
        <div className="min-w-0 flex-1">
          <Link href={routes.home()} className="block w-fit max-w-full truncate text-lg font-semibold tracking-tight">
            {logo && 'image' in logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- any host; no image optimizer in a static export
              <img src={siteImageSrc(logo.image)} alt={title} className="h-8 w-auto max-w-full" />
            ) : logo && 'text' in logo ? (
              logo.text
            ) : (
              title
            )}
          </Link>
        </div>
        <nav
          id={MENU_ID}
          aria-label={t.menu.label}
          popover="auto"
          className="inset-auto top-[calc(var(--header-height)+0.25rem)] right-2 m-0 max-h-[calc(100dvh-var(--header-height)-1rem)] w-56 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-stone-200 bg-white p-1 text-inherit shadow-lg md:static md:-me-2 md:block md:max-h-none md:w-auto md:max-w-none md:min-w-0 md:overflow-x-auto md:rounded-none md:border-0 md:bg-transparent md:p-0 md:shadow-none dark:border-stone-700 dark:bg-stone-900 md:dark:bg-transparent"
        >
          <ul className="flex flex-col text-base md:flex-row md:items-center md:gap-1 md:text-sm md:whitespace-nowrap">
            {navItems().map((item) => (
              <li key={`${item.label} ${item.href}`}>
                <Link href={item.href} className={link}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <a href={withBasePath(routes.rss())} className={link}>
                {t.menu.rss}
              </a>
            </li>
            {siteConfig.navLinks.map((item) => (
              <li key={`${item.label} ${item.href}`}>
                <a href={item.href} rel="noopener" className={link}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchButton
          searchPath={routes.search()}
          scriptUrl={withBasePath(routes.searchScript())}
          strings={{ ...t.search, locale: t.locale }}
        />
        <ThemeToggle strings={t.theme} />
        <MobileMenuButton menuId={MENU_ID} label={t.menu.button} />
      </div>
    </header>
  )
}
