/**
 * Front-matter values that end up in URLs, feeds, JSON-LD and `<html lang>`,
 * checked once when a post is read: a usable value comes back in the one
 * form every later step can use as it is; an unusable one comes back as the
 * reason to drop it (the loader warns, naming the file). So no value an
 * author or a sync tool wrote can stop a feed, the sitemap or a page
 * header later in the build.
 */

export type Checked<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string }

/**
 * A post's image (`thumbnail`, `cover`) as a URL: `https://…` or `http://…`
 * as written; protocol-relative (`//host/a.jpg`, which 2016 posts have) as
 * `https:`; a path as a path from the site's root (`images/a.jpg` →
 * `/images/a.jpg`, as Icarus's `url_for` reads it). `None` (the sync tool's
 * "no image") and empty are no image. Anything else — another scheme
 * (`javascript:`, `data:`), a URL no parser can read — is dropped.
 */
export function imageUrl(raw: unknown): Checked<string | undefined> {
  if (raw === undefined || raw === null) return { value: undefined }
  if (typeof raw !== 'string') return { problem: `not a URL: ${describe(raw)}` }
  const text = raw.trim()
  if (text === '' || text === 'None') return { value: undefined }
  const url = text.startsWith('//') ? `https:${text}` : text
  if (/^https?:\/\/[^/\\\s]/i.test(url)) {
    return URL.canParse(url) ? { value: url } : { problem: `not a readable URL: ${quote(text)}` }
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || /^[\\/]{2}/.test(url) || /[\p{Cc}]/u.test(url)) {
    return { problem: `not a web address: ${quote(text)}` }
  }
  const path = `/${url.replace(/^(?:\.?\/)+/, '')}`
  return URL.canParse(path, 'https://example.com') ? { value: path } : { problem: `not a readable path: ${quote(text)}` }
}

/** `lang`: a BCP 47 language tag, in its canonical form (`zh-cn` → `zh-CN`). */
export function languageTag(raw: unknown): Checked<string | undefined> {
  if (raw === undefined || raw === null || raw === '') return { value: undefined }
  if (typeof raw !== 'string') return { problem: `not a language tag: ${describe(raw)}` }
  try {
    const [tag] = Intl.getCanonicalLocales(raw.trim())
    return { value: tag }
  } catch {
    return { problem: `not a language tag: ${quote(raw)}` }
  }
}

/** A value as it can appear in a one-line message: quoted, cut, control characters shown as `?`. */
export function quote(text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text
  return JSON.stringify(shown.replace(/\p{Cc}/gu, '?'))
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`
}
