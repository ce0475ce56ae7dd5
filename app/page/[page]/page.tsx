import type { Metadata } from 'next'
import { HomePage } from '@/components/HomePage'
import { pageCount } from '@/lib/paginate'
import { parsePageNumber } from '@/lib/route-params'
import { getHomePosts } from '@/lib/site-data'
import { siteConfig } from '@/lib/site-config'

export const dynamicParams = false

type Props = { params: Promise<{ page: string }> }

/** Pages 2…N; page 1 is `/`. */
export function generateStaticParams() {
  const count = pageCount(getHomePosts().length, siteConfig.perPage.home)
  return Array.from({ length: count - 1 }, (_, i) => ({ page: String(i + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Page ${(await params).page}` }
}

export default async function HomePageN({ params }: Props) {
  return <HomePage page={parsePageNumber((await params).page)} />
}
