import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { WithSidebars } from '@/components/WithSidebars'
import { decodeSegment } from '@/lib/route-params'
import { sidebarsFor } from '@/lib/sidebar'
import { getPage, getPages, renderPost } from '@/lib/site-data'

export const dynamicParams = false

type Props = { params: Promise<{ page: string }> }

/** Standalone pages from `<CONTENT_DIR>/pages/*.md`, at the top level (`/about`). */
export function generateStaticParams() {
  return getPages().map((page) => ({ page: page.slug }))
}

async function pageFrom(params: Props['params']) {
  return getPage(decodeSegment((await params).page)) ?? notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageFrom(params)
  return { title: page.title, description: (await renderPost(page)).summary.excerpt }
}

export default async function StandalonePage({ params }: Props) {
  const page = await pageFrom(params)
  const { html } = await renderPost(page)
  return (
    <WithSidebars sidebars={sidebarsFor(page)}>
      <article className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm sm:p-10 dark:border-stone-800 dark:bg-stone-900">
        <h1 className="mb-8 text-3xl font-bold tracking-tight">{page.title}</h1>
        <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </WithSidebars>
  )
}
