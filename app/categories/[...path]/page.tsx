import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { summarizeAll } from '@/lib/post-summary'
import { decodeSegment } from '@/lib/route-params'
import { routes } from '@/lib/routes'
import { getAllCategories, getCategory } from '@/lib/site-data'
import type { CategoryNode } from '@/lib/taxonomy'

export const dynamicParams = false

type Props = { params: Promise<{ path: string[] }> }

export function generateStaticParams() {
  return getAllCategories().map((category) => ({ path: category.path }))
}

async function categoryFrom(params: Props['params']) {
  return getCategory((await params).path.map(decodeSegment)) ?? notFound()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await categoryFrom(params)
  return { title: trail(category).map((c) => c.name).join(' / '), alternates: { canonical: routes.category(category) } }
}

function trail(category: CategoryNode): CategoryNode[] {
  return category.parent ? [...trail(category.parent), category] : [category]
}

export default async function CategoryPage({ params }: Props) {
  const category = await categoryFrom(params)
  return (
    <PostListPage
      heading={
        <>
          <h1 className="text-2xl font-semibold">
            Category:{' '}
            {trail(category).map((node, i) => (
              <span key={node.segment}>
                {i > 0 && ' / '}
                <Link href={routes.category(node)} className="text-sky-700 hover:underline dark:text-sky-400">
                  {node.name}
                </Link>
              </span>
            ))}{' '}
            <span className="text-base font-normal text-stone-500">({category.posts.length})</span>
          </h1>
          {category.children.length > 0 && (
            <ul aria-label="Subcategories" className="mt-3 flex flex-wrap gap-3 text-sm">
              {category.children.map((child) => (
                <li key={child.segment}>
                  <Link href={routes.category(child)} className="rounded bg-stone-200 px-2 py-1 hover:bg-stone-300 dark:bg-stone-800">
                    {child.name} ({child.posts.length})
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      posts={await summarizeAll(category.posts)}
      page={1}
      pageCount={1}
      hrefFor={() => routes.category(category)}
    />
  )
}
