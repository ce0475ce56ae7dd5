import { isoDateTime } from '@/lib/content/dates'
import { formatSiteDate } from '@/lib/format-date'

/**
 * A date as the site writes it (Hexo's `date_format`, else the long date of
 * `locale`: the site's language, or a post's own), machine-readable in `datetime`.
 */
export function FormattedDate({ date, locale }: { date: Date; locale?: string }) {
  return <time dateTime={isoDateTime(date)}>{formatSiteDate(date, locale)}</time>
}
