import { isoDateTime } from '@/lib/content/dates'
import { siteConfig } from '@/lib/site-config'

const format = new Intl.DateTimeFormat(siteConfig.language, {
  timeZone: siteConfig.timezone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})

/** A date as readers of the site's language write it, machine-readable in `datetime`. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={isoDateTime(date)}>{format.format(date)}</time>
}
