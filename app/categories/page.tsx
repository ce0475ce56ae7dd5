import type { Metadata } from 'next'
import Link from 'next/link'
import { routes } from '@/lib/routes'
import { getCategories } from '@/lib/site-data'
import type { CategoryNode } from '@/lib/taxonomy'

export const metadata: Metadata = { title: 'Categories' }

function CategoryTree({ nodes }: { nodes: CategoryNode[] }) {
  return (
    <ul className="space-y-2 ps-5">
      {nodes.map((node) => (
        <li key={node.segment}>
          <Link href={routes.category(node)} className="hover:text-sky-700 hover:underline">
            {node.name}
          </Link>{' '}
          <span className="text-stone-500">({node.posts.length})</span>
          {node.children.length > 0 && <CategoryTree nodes={node.children} />}
        </li>
      ))}
    </ul>
  )
}

export default function CategoriesPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold">Categories</h1>
      <CategoryTree nodes={getCategories()} />
    </div>
  )
}
