import { decodeSegment } from './route-params'

/**
 * Old URL (raw, without its trailing slash) → the post's new path. Built once
 * at build time from the posts (legacy-redirects.ts), carried into the proxy
 * as one JSON string, and read there with one lookup per request: thousands
 * of `next.config` redirect rules would instead be matched one by one on
 * every request (p99 3 s at 5000 posts).
 */
export type LegacyRedirectTable = Readonly<Record<string, string>>

/** An old path as the table keys it: raw, without its trailing slash (`/cn/x/` → `/cn/x`). */
export function redirectKey(path: string): string {
  return path.replace(/(.)\/$/, '$1')
}

/** The new path for a request path as the server sees it (percent-encoded, with or without `/` at the end). */
export function legacyTarget(table: LegacyRedirectTable, requestPath: string): string | undefined {
  const key = redirectKey(decodeSegment(requestPath))
  return Object.hasOwn(table, key) ? table[key] : undefined
}
