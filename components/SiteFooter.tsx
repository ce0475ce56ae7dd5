import { Fragment } from 'react'
import { siteConfig } from '@/lib/config'
import { siteMessages } from '@/lib/i18n/site-messages'

/** Copyright, the content's license (Icarus `article.licenses`) and the footer links (Icarus `footer.links`). */
export function SiteFooter() {
  const year = new Date().getFullYear()
  const { author, title, licenses, footerLinks } = siteConfig
  const { license } = siteMessages
  return (
    <footer className="border-t border-stone-200 py-8 text-center text-sm text-stone-500 dark:text-stone-400 dark:border-stone-800">
      <p>
        © {year} {author && author !== title ? `${author} · ` : ''}
        {title}
      </p>
      {licenses.length > 0 && (
        <p className="mt-1">
          {license.before}
          {licenses.map((link, index) => (
            <Fragment key={link.href}>
              {index > 0 && ' · '}
              <a href={link.href} rel="license noopener" target="_blank" className="underline hover:text-sky-700">
                {link.label}
              </a>
            </Fragment>
          ))}
          {license.after}
        </p>
      )}
      {footerLinks.length > 0 && (
        <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1">
          {footerLinks.map((link) => (
            <li key={`${link.label} ${link.href}`}>
              <a href={link.href} rel="noopener" className="underline hover:text-sky-700">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </footer>
  )
}
