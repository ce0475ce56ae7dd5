import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RedirectPage } from '@/components/RedirectPage'
import { WithSidebars } from '@/components/WithSidebars'
import { staticExport } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { legacyRedirectAt, legacyRedirects } from '@/lib/legacy-redirects'
import { pageMetadata } from '@/lib/metadata'
import { decodeSegment } from '@/lib/route-params'
import { exportableParams } from '@/lib/exportable-params'
import { routes } from '@/lib/routes'
import { sidebarsFor } from '@/lib/sidebar'
import { getPage, getPages, renderPost } from '@/lib/site-data'

export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

/**
 * Top-level paths that are not routes of their own: standalone pages from
 * `<CONTENT_DIR>/pages/*.md` (`/about`), and — in a static export, where
 * next.config redirects do not exist — a redirect page at each old Hexo URL.
 */
export function generateStaticParams() {
  const pages = getPages().map((page) => ({ path: [page.slug] }))
  const redirects = staticExport ? legacyRedirects().map((r) => ({ path: r.from.split('/').filter(Boolean) })) : []
  // A folder of nothing but posts has neither: then `/404/`, the not-found page.
  return exportableParams([...pages, ...redirects], { path: ['404'] })
}

async function resolve(params: Props['params']) {
  const path = (await params).path.map(decodeSegment)
  const page = path.length === 1 ? getPage(path[0]) : undefined
  if (page) return { page }
  const redirect = staticExport ? legacyRedirectAt(`/${path.join('/')}`) : undefined
  return redirect ? { redirect } : notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, redirect } = await resolve(params)
  if (redirect)
    return { ...pageMetadata({ title: siteMessages.post.movedTitle, path: redirect.to }), robots: { index: false } }
  return pageMetadata({
    title: page!.title,
    description: (await renderPost(page!)).summary.excerpt,
    path: routes.standalone(page!),
  })
}

export default async function TopLevelPage({ params }: Props) {
  const { page, redirect } = await resolve(params)
  if (redirect) return <RedirectPage to={redirect.to} />
  const { html } = await renderPost(page!)
  return (
    <WithSidebars sidebars={sidebarsFor(page)}>
      <article className="sm:rounded-lg sm:border sm:border-stone-200 sm:bg-white sm:p-10 sm:shadow-sm sm:dark:border-stone-800 sm:dark:bg-stone-900">
        <div className="post-measure">
          <h1 className="mb-8 text-3xl font-bold tracking-tight">{page!.title}</h1>
          <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      </article>
    </WithSidebars>
  )
}
