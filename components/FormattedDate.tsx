import { isoDateTime } from '@/lib/content/dates'
import { formatSiteDate } from '@/lib/format-date'

/** A date as readers of the site's language write it, machine-readable in `datetime`. */
export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={isoDateTime(date)}>{formatSiteDate(date)}</time>
}
