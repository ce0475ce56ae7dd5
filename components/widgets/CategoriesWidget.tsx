import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import type { CategoryItem } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

export function CategoryTree({ categories, nested = false }: { categories: CategoryItem[]; nested?: boolean }) {
  return (
    <ul className={nested ? 'mt-1 space-y-1 border-l border-stone-200 ps-3 dark:border-stone-700' : 'space-y-1'}>
      {categories.map((category) => (
        <li key={category.href}>
          <Link
            href={category.href}
            className="flex justify-between gap-2 rounded px-1 hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <span>{category.name}</span>
            <span className="text-stone-500 dark:text-stone-400 tabular-nums">{category.count}</span>
          </Link>
          {category.children.length > 0 && <CategoryTree categories={category.children} nested />}
        </li>
      ))}
    </ul>
  )
}

export function CategoriesWidget({ categories }: { categories: CategoryItem[] }) {
  return (
    <WidgetCard title={siteMessages.widget.categories}>
      <CategoryTree categories={categories} />
    </WidgetCard>
  )
}
