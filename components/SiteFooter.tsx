import { siteConfig } from '@/lib/site-config'

export function SiteFooter() {
  const year = new Date().getFullYear()
  return (
    <footer className="border-t border-stone-200 py-8 text-center text-sm text-stone-500 dark:text-stone-400 dark:border-stone-800">
      <p>
        © {year} {siteConfig.author} · {siteConfig.title}
      </p>
      <p className="mt-1">
        Content licensed under{' '}
        <a
          href={siteConfig.license.url}
          rel="license noopener"
          target="_blank"
          className="underline hover:text-sky-700"
        >
          {siteConfig.license.name}
        </a>
      </p>
    </footer>
  )
}
