import type { Metadata } from 'next'
import { WithSidebars } from '@/components/WithSidebars'
import { siteMessages } from '@/lib/i18n/site-messages'
import { TagCloud } from '@/components/widgets/TagCloudWidget'
import { sidebarsFor, tagCloud } from '@/lib/sidebar'

export const metadata: Metadata = { title: siteMessages.list.tags }

export default function TagsPage() {
  const tags = tagCloud()
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <h1 className="mb-6 text-2xl font-semibold">
        {siteMessages.list.tags}{' '}
        <span className="text-base font-normal text-stone-500 dark:text-stone-400">({tags.length})</span>
      </h1>
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <TagCloud tags={tags} />
      </div>
    </WithSidebars>
  )
}
