/**
 * Front-matter dates as Hexo authors write them. YAML is parsed without its
 * timestamp type (see front-matter.ts), so every date arrives here as the
 * author's text and a zone-less value can be read in the site's timezone
 * instead of being forced to UTC by the YAML library.
 */

// 2020-03-28 | 2020-03-28 17:12 | 2020-03-28T17:12:42.5 | …Z | …+08:00 | …+0800
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

/** Parses a front-matter date; `undefined` when the text is not a date. */
export function parseDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value
  if (typeof value !== 'string') return undefined
  const match = DATE_PATTERN.exec(value.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match
  const fields = [+y, +mo - 1, +d, +h, +mi, +s, Math.round(+`0.${frac}` * 1000)] as const
  if (!isRealCalendarDate(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 60) return undefined
  const wallClock = Date.UTC(...fields)
  if (zone) return new Date(wallClock - zoneOffsetMinutes(zone) * 60_000)
  return new Date(wallClock - offsetInTimeZone(wallClock, timeZone) * 60_000)
}

/** A `YYYY-MM-DD_` (or `YYYY-MM-DD-`) prefix of a file name, as the sync tool writes it. */
export function dateFromFileName(fileName: string, timeZone: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[_-]/.exec(fileName)
  return match ? parseDate(match[1], timeZone) : undefined
}

/** ISO 8601 without the `.000` that `toISOString` adds to whole seconds. */
export function isoDateTime(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0))
}

/**
 * Minutes the zone is ahead of UTC at a wall-clock time. Intl knows the zone's
 * rules; a second pass corrects the guess around daylight-saving changes.
 */
function offsetInTimeZone(wallClockAsUtc: number, timeZone: string): number {
  const first = offsetAt(wallClockAsUtc, timeZone)
  const second = offsetAt(wallClockAsUtc - first * 60_000, timeZone)
  return second
}

export interface ZonedParts {
  year: number
  /** 1–12 */
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The calendar date and wall-clock time of an instant in a zone (one cached formatter per zone). */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, Number(p.value)]))
  return { year: part.year, month: part.month, day: part.day, hour: part.hour, minute: part.minute, second: part.second }
}

function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}
