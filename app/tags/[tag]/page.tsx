import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { summarizeAll } from '@/lib/post-summary'
import { decodeSegment } from '@/lib/route-params'
import { routes } from '@/lib/routes'
import { getTag, getTags } from '@/lib/site-data'

export const dynamicParams = false

type Props = { params: Promise<{ tag: string }> }

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.segment }))
}

async function tagFrom(params: Props['params']) {
  return getTag(decodeSegment((await params).tag)) ?? notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await tagFrom(params)
  return { title: `#${tag.name}`, alternates: { canonical: routes.tag(tag) } }
}

export default async function TagPage({ params }: Props) {
  const tag = await tagFrom(params)
  return (
    <PostListPage
      heading={
        <h1 className="text-2xl font-semibold">
          Tag: <span className="text-sky-700 dark:text-sky-400">#{tag.name}</span>{' '}
          <span className="text-base font-normal text-stone-500">({tag.posts.length})</span>
        </h1>
      }
      posts={await summarizeAll(tag.posts)}
      page={1}
      pageCount={1}
      hrefFor={() => routes.tag(tag)}
    />
  )
}
