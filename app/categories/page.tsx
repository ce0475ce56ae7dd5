import type { Metadata } from 'next'
import { WithSidebars } from '@/components/WithSidebars'
import { siteMessages } from '@/lib/i18n/site-messages'
import { CategoryTree } from '@/components/widgets/CategoriesWidget'
import { categoryTree, sidebarsFor } from '@/lib/sidebar'

export const metadata: Metadata = { title: siteMessages.list.categories }

export default function CategoriesPage() {
  return (
    <WithSidebars sidebars={sidebarsFor()}>
      <h1 className="mb-6 text-2xl font-semibold">{siteMessages.list.categories}</h1>
      <div className="rounded-lg border border-stone-200 bg-white p-6 text-base shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <CategoryTree categories={categoryTree()} />
      </div>
    </WithSidebars>
  )
}
