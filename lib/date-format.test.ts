import { describe, expect, it } from 'vitest'
import { formatDatePieces, parseDateFormat } from './date-format'

/** `format` as the site writes `date` in `locale` and `zone`. */
function written(format: string, date: Date, locale = 'en', zone = 'UTC'): string {
  const parsed = parseDateFormat(format)
  if ('unsupported' in parsed) throw new Error(parsed.unsupported)
  return formatDatePieces(date, parsed.pieces, locale, zone)
}

// 2021-01-01 07:30:05 in Shanghai: still 2020 in UTC.
const NEW_YEAR = new Date('2020-12-31T23:30:05Z')

describe('date_format', () => {
  it('writes the numbers Hexo users write, in the site’s zone', () => {
    expect(written('YYYY-MM-DD', NEW_YEAR)).toBe('2020-12-31')
    expect(written('YYYY-MM-DD', NEW_YEAR, 'en', 'Asia/Shanghai')).toBe('2021-01-01')
    expect(written('YYYY/M/D HH:mm:ss', NEW_YEAR, 'en', 'Asia/Shanghai')).toBe('2021/1/1 07:30:05')
    expect(written('YY.MM.DD h:m A', new Date('2020-03-08T15:04:09Z'))).toBe('20.03.08 3:4 PM')
  })

  it('names months and weekdays in the language, as Moment’s locales do', () => {
    expect(written('MMMM D, YYYY dddd', NEW_YEAR, 'en', 'Asia/Shanghai')).toBe('January 1, 2021 Friday')
    expect(written('MMM D ddd', NEW_YEAR, 'en', 'Asia/Shanghai')).toBe('Jan 1 Fri')
    expect(written('YYYY年M月D日 ddd', NEW_YEAR, 'zh-CN', 'Asia/Shanghai')).toBe('2021年1月1日 周五')
    expect(written('MMMM', NEW_YEAR, 'zh-CN', 'Asia/Shanghai')).toBe('一月')
    expect(written('YYYY년 M월 D일 dddd', NEW_YEAR, 'ko', 'Asia/Seoul')).toBe('2021년 1월 1일 금요일')
    expect(written('dddd', NEW_YEAR, 'ja', 'Asia/Tokyo')).toBe('金曜日')
  })

  it('prints [bracketed] and escaped text as it is, and other characters too', () => {
    expect(written('[Posted] YYYY [at] HH:mm', NEW_YEAR)).toBe('Posted 2020 at 23:30')
    // A backslash escapes the token after it, as in Moment.
    expect(written('\\YYYY-YYYY', NEW_YEAR)).toBe('YYYY-2020')
    expect(written('YYYY年', NEW_YEAR)).toBe('2020年')
  })

  it('names the first Moment token it cannot write', () => {
    expect(parseDateFormat('MMMM Do, YYYY')).toEqual({ unsupported: 'Do' })
    expect(parseDateFormat('YYYY-[Q]Q')).toEqual({ unsupported: 'Q' })
    expect(parseDateFormat('X')).toEqual({ unsupported: 'X' })
    expect('pieces' in parseDateFormat('YYYY年MM月DD日')).toBe(true)
  })
})
