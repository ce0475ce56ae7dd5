import { describe, expect, it } from 'vitest'
import { dateFromFileName, isoDateTime, parseDate } from './dates'

const iso = (value: unknown, zone = 'UTC') => isoDateTime(parseDate(value, zone)!)

describe('parseDate', () => {
  it('reads a zone-less timestamp as UTC by default', () => {
    expect(iso('2020-03-28 17:12:42')).toBe('2020-03-28T17:12:42Z')
  })

  it('reads a zone-less timestamp in the site timezone when one is set', () => {
    expect(iso('2020-03-28 17:12:42', 'Asia/Shanghai')).toBe('2020-03-28T09:12:42Z')
    expect(iso('2020-07-01 12:00', 'America/New_York')).toBe('2020-07-01T16:00:00Z') // daylight time
    expect(iso('2020-01-01 12:00', 'America/New_York')).toBe('2020-01-01T17:00:00Z')
  })

  it('honours an explicit zone', () => {
    expect(iso('2020-03-28T17:12:42+08:00', 'America/New_York')).toBe('2020-03-28T09:12:42Z')
    expect(iso('2020-03-28T17:12:42Z', 'Asia/Shanghai')).toBe('2020-03-28T17:12:42Z')
    expect(iso('2020-03-28T17:12:42.250-0130')).toBe('2020-03-28T18:42:42.250Z')
  })

  it('reads a date alone as midnight', () => {
    expect(iso('2020-03-28')).toBe('2020-03-28T00:00:00Z')
    expect(iso('2020-03-28', 'Asia/Shanghai')).toBe('2020-03-27T16:00:00Z')
  })

  it('rejects what is not a date', () => {
    for (const value of ['yesterday', '2021-02-30', '2020-13-01', '2020-01-01 25:00', 42, null, {}]) {
      expect(parseDate(value, 'UTC'), String(value)).toBeUndefined()
    }
  })
})

describe('dateFromFileName', () => {
  it('reads the YYYY-MM-DD_ prefix of the sync tool', () => {
    expect(isoDateTime(dateFromFileName('2020-03-28_7f2ija.md', 'UTC')!)).toBe('2020-03-28T00:00:00Z')
    expect(dateFromFileName('hello.md', 'UTC')).toBeUndefined()
  })
})
