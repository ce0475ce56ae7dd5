import { zonedParts } from './content/dates'

/**
 * Hexo's `date_format` (Moment.js syntax) formatted with `Intl`, in the
 * site's time zone: the tokens Hexo users write (`YYYY-MM-DD`,
 * `YYYY年M月D日`, `MMM D, YYYY`, `dddd HH:mm`) without Moment itself. Text
 * in `[brackets]` is printed as it is, as in Moment; a Moment token not
 * listed here (`Do`, `Q`, `X`, …) is reported by `parseDateFormat`.
 */

export const DATE_TOKENS = [
  'YYYY',
  'YY',
  'MMMM',
  'MMM',
  'MM',
  'M',
  'DD',
  'D',
  'dddd',
  'ddd',
  'HH',
  'H',
  'hh',
  'h',
  'mm',
  'm',
  'ss',
  's',
  'A',
  'a',
] as const

export type DateToken = (typeof DATE_TOKENS)[number]

export type DateFormatPiece = { token: DateToken } | { text: string }

// Moment's own tokenizer (moment/src/lib/format/format.js), so a format splits where Moment splits it.
const MOMENT_PIECES =
  /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g
const MOMENT_TOKEN =
  /^(?:[Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?)$/
const SUPPORTED = new Set<string>(DATE_TOKENS)

/** A format split into tokens and literal text; `unsupported` names the first Moment token this formatter lacks. */
export function parseDateFormat(format: string): { pieces: DateFormatPiece[] } | { unsupported: string } {
  const pieces: DateFormatPiece[] = []
  for (const [, bracketed, escaped, piece] of format.matchAll(MOMENT_PIECES)) {
    if (bracketed) pieces.push({ text: bracketed.slice(1, -1) })
    else if (escaped || !MOMENT_TOKEN.test(piece)) pieces.push({ text: piece })
    else if (SUPPORTED.has(piece)) pieces.push({ token: piece as DateToken })
    else return { unsupported: piece }
  }
  return { pieces }
}

const nameFormats = new Map<string, Intl.DateTimeFormat>()

function nameFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${timeZone}\0${JSON.stringify(options)}`
  let format = nameFormats.get(key)
  if (!format) nameFormats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, ...options })))
  return format
}

function namePart(date: Date, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions, type: string) {
  return (
    nameFormat(locale, timeZone, options)
      .formatToParts(date)
      .find((part) => part.type === type)?.value ?? ''
  )
}

/** `date` written by `pieces` (from `parseDateFormat`): numbers in `timeZone`, month and day names in `locale`. */
export function formatDatePieces(
  date: Date,
  pieces: readonly DateFormatPiece[],
  locale: string,
  timeZone: string,
): string {
  const p = zonedParts(date, timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const hour12 = p.hour % 12 || 12
  const value = (token: DateToken): string => {
    switch (token) {
      case 'YYYY':
        return String(p.year)
      case 'YY':
        return pad(p.year % 100)
      case 'MMMM':
        return namePart(date, locale, timeZone, { month: 'long' }, 'month')
      case 'MMM':
        return namePart(date, locale, timeZone, { month: 'short' }, 'month')
      case 'MM':
        return pad(p.month)
      case 'M':
        return String(p.month)
      case 'DD':
        return pad(p.day)
      case 'D':
        return String(p.day)
      case 'dddd':
        return namePart(date, locale, timeZone, { weekday: 'long' }, 'weekday')
      case 'ddd':
        return namePart(date, locale, timeZone, { weekday: 'short' }, 'weekday')
      case 'HH':
        return pad(p.hour)
      case 'H':
        return String(p.hour)
      case 'hh':
        return pad(hour12)
      case 'h':
        return String(hour12)
      case 'mm':
        return pad(p.minute)
      case 'm':
        return String(p.minute)
      case 'ss':
        return pad(p.second)
      case 's':
        return String(p.second)
      case 'A':
        return namePart(date, locale, timeZone, { hour: 'numeric', hour12: true }, 'dayPeriod')
      case 'a':
        return namePart(date, locale, timeZone, { hour: 'numeric', hour12: true }, 'dayPeriod').toLowerCase()
    }
  }
  return pieces.map((piece) => ('token' in piece ? value(piece.token) : piece.text)).join('')
}
