import Link from 'next/link'
import { withBasePath } from '@/lib/deployment'
import { navItems } from '@/lib/navigation'
import { routes } from '@/lib/routes'
import { siteConfig } from '@/lib/site-config'
import { SearchButton } from './search/SearchButton'
import { ThemeToggle } from './ThemeToggle'

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 h-(--header-height) border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex h-full max-w-7xl items-center justify-between gap-4 px-4">
        <Link href={routes.home()} className="shrink-0 truncate text-lg font-semibold tracking-tight">
          {siteConfig.title}
        </Link>
        <nav aria-label="Main" className="-mx-2 ms-auto overflow-x-auto">
          <ul className="flex items-center gap-1 text-sm whitespace-nowrap">
            {navItems().map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded px-2 py-1 hover:bg-stone-100 hover:text-sky-700 dark:hover:bg-stone-800 dark:hover:text-sky-400"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <a
                href={withBasePath(routes.rss())}
                className="rounded px-2 py-1 hover:bg-stone-100 hover:text-sky-700 dark:hover:bg-stone-800 dark:hover:text-sky-400"
              >
                RSS
              </a>
            </li>
          </ul>
        </nav>
        <SearchButton searchPath={routes.search()} scriptUrl={withBasePath(routes.searchScript())} />
        <ThemeToggle />
      </div>
    </header>
  )
}
