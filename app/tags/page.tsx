import type { Metadata } from 'next'
import Link from 'next/link'
import { routes } from '@/lib/routes'
import { getTags } from '@/lib/site-data'

export const metadata: Metadata = { title: 'Tags' }

export default function TagsPage() {
  const tags = getTags()
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold">Tags ({tags.length})</h1>
      <ul className="flex flex-wrap gap-3">
        {tags.map((tag) => (
          <li key={tag.segment}>
            <Link href={routes.tag(tag)} className="rounded bg-white px-3 py-1 shadow-sm hover:text-sky-700 dark:bg-stone-900">
              #{tag.name} <span className="text-stone-500">{tag.posts.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
