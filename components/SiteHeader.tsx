import Link from 'next/link'
import { routes } from '@/lib/routes'
import { siteConfig } from '@/lib/site-config'

const NAV = [
  { label: 'Home', href: routes.home() },
  { label: 'Categories', href: '/categories' },
  { label: 'Tags', href: '/tags' },
]

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 h-(--header-height) border-b border-stone-200 bg-white/90 backdrop-blur dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex h-full max-w-6xl items-center justify-between gap-4 px-4">
        <Link href={routes.home()} className="truncate text-lg font-semibold tracking-tight">
          {siteConfig.title}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="hover:text-sky-700 dark:hover:text-sky-400">
              {item.label}
            </Link>
          ))}
          <a href={routes.rss()} className="hover:text-sky-700 dark:hover:text-sky-400">
            RSS
          </a>
        </nav>
      </div>
    </header>
  )
}
