import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { THEME_SCRIPT } from '@/components/theme'
import { siteImageSrc, withBasePath } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { pageMetadata } from '@/lib/metadata'
import { routes } from '@/lib/routes'
import { siteConfig } from '@/lib/config'
import './globals.css'
import { PAGE_IDS } from '@/lib/page-ids'

const defaults = pageMetadata({ title: siteConfig.title, path: routes.home() })

export const metadata: Metadata = {
  ...defaults,
  metadataBase: new URL(`${siteConfig.url}/`),
  title: {
    default: siteConfig.subtitle ? `${siteConfig.title} - ${siteConfig.subtitle}` : siteConfig.title,
    template: `%s · ${siteConfig.title}`,
  },
  // Icarus `head.favicon`, else ours from public/; with the base path: Next's app/icon.svg convention drops it in a static export.
  icons: {
    icon: siteConfig.favicon
      ? { url: siteImageSrc(siteConfig.favicon) }
      : { url: withBasePath('/icon.svg'), type: 'image/svg+xml' },
  },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React hydrates: the DOM wins.
    <html lang={siteConfig.language} data-site-lang={siteConfig.language} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href={`#${PAGE_IDS.main}`}
          className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {siteMessages.skipToContent}
        </a>
        <SiteHeader />
        {children}
        <SiteFooter />
      </body>
    </html>
  )
}
