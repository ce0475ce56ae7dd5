import { siteConfig } from '@/lib/site-config'

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 py-8 text-center text-sm text-stone-500 dark:border-stone-800">
      <p>
        © {siteConfig.author} · {siteConfig.title}
      </p>
    </footer>
  )
}
