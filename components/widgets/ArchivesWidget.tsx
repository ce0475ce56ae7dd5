import Link from 'next/link'
import type { LinkItem } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

export function ArchivesWidget({ months }: { months: LinkItem[] }) {
  return (
    <WidgetCard title="Archives">
      <ul className="max-h-72 space-y-1 overflow-y-auto">
        {months.map((month) => (
          <li key={month.href}>
            <Link
              href={month.href}
              className="flex justify-between rounded px-1 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              <span>{month.name}</span>
              <span className="text-stone-500 dark:text-stone-400 tabular-nums">{month.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </WidgetCard>
  )
}
