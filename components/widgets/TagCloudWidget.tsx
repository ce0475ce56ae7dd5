import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import { fillTemplate, pluralTemplate } from '@/lib/i18n/template'
import { routes } from '@/lib/routes'
import type { LinkItem } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

/** Tags sized by how many posts carry them (weight 0–1). */
export function TagCloud({ tags }: { tags: (LinkItem & { weight: number })[] }) {
  return (
    <ul className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      {tags.map((tag) => (
        <li key={tag.href}>
          <Link
            href={tag.href}
            style={{ fontSize: `${0.8 + tag.weight * 0.7}rem` }}
            className="hover:text-sky-700 dark:hover:text-sky-400"
            title={pluralTemplate(siteMessages.locale, siteMessages.widget.tagPosts, tag.count)}
          >
            {tag.name}
            <span className="sr-only"> ({tag.count})</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** The most-used tags; the /tags page has them all. */
export function TagCloudWidget({ tags, total }: { tags: (LinkItem & { weight: number })[]; total: number }) {
  return (
    <WidgetCard title={siteMessages.widget.tags}>
      <TagCloud tags={tags} />
      {total > tags.length && (
        <Link href={routes.tags()} className="mt-3 block text-sky-700 hover:underline dark:text-sky-400">
          {fillTemplate(siteMessages.widget.allTags, { count: total })}
        </Link>
      )}
    </WidgetCard>
  )
}
