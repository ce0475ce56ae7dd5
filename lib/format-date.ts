import { siteConfig } from './config'
import { formatDatePieces, parseDateFormat, type DateFormatPiece } from './date-format'

const longDates = new Map<string, Intl.DateTimeFormat>()

// The loader has checked `date_format` (an unsupported token is a warning there, and the format is dropped).
const parsed = siteConfig.dateFormat ? parseDateFormat(siteConfig.dateFormat) : undefined
const pieces: DateFormatPiece[] | undefined = parsed && 'pieces' in parsed ? parsed.pieces : undefined

/**
 * A date as the site writes it, in the site's time zone: Hexo's `date_format`
 * when set, else the long date of `locale` (the site's language, or a post's
 * own `lang`) — `2020年3月28日`, `March 28, 2020`.
 */
export function formatSiteDate(date: Date, locale: string = siteConfig.language): string {
  if (pieces) return formatDatePieces(date, pieces, locale, siteConfig.timezone)
  let format = longDates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: siteConfig.timezone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    })
    longDates.set(locale, format)
  }
  return format.format(date)
}
