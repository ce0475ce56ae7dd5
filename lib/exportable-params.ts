import { staticExport } from './deployment'

/**
 * A route's static params, made safe for a static export: Next stops an
 * export whose page route or route handler generates no path at all ("at least one route must
 * be generated"), which a small archive meets easily (no page 2, no tags, no
 * standalone pages, no old URLs). Such a route then generates `notFoundPath`,
 * a path the route answers with the not-found page. (Not in route-params.ts:
 * that module reaches client components; this one reads the site's settings.)
 */
export function exportableParams<T>(params: T[], notFoundPath: T): T[] {
  return staticExport && params.length === 0 ? [notFoundPath] : params
}
