import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import { routes } from '@/lib/routes'
import type { LinkItem } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

export function ArchivesWidget({ years }: { years: LinkItem[] }) {
  return (
    <WidgetCard title={siteMessages.widget.archives}>
      <ul className="space-y-1">
        {years.map((year) => (
          <li key={year.href}>
            <Link
              href={year.href}
              className="flex justify-between rounded px-1 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              <span>{year.name}</span>
              <span className="text-stone-500 tabular-nums dark:text-stone-400">{year.count}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={routes.archives()} className="mt-3 block text-sky-700 hover:underline dark:text-sky-400">
        {siteMessages.widget.allByMonth}
      </Link>
    </WidgetCard>
  )
}
