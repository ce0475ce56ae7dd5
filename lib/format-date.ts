import { siteConfig } from './site-config'

const format = new Intl.DateTimeFormat(siteConfig.language, {
  timeZone: siteConfig.timezone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})

/** A date as readers of the site's language write it, in the site's timezone. */
export function formatSiteDate(date: Date): string {
  return format.format(date)
}
