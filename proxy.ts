import { NextResponse, type NextRequest } from 'next/server'
import { legacyTarget, type LegacyRedirectTable } from './lib/legacy-redirect-table'

// next.config's `env` inlines the table at build time (only a literal
// `process.env.NAME` is replaced): no content is read at run time.
const table: LegacyRedirectTable = JSON.parse(process.env.LEGACY_REDIRECT_TABLE || '{}')

/**
 * Old Hexo / GitHub Pages URLs → 308 to the post (server builds and Vercel;
 * the static export has redirect pages instead, app/[...path]/page.tsx).
 */
export function proxy(request: NextRequest) {
  const to = legacyTarget(table, request.nextUrl.pathname)
  if (!to) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = to
  return NextResponse.redirect(url, 308)
}

// The site's own top-level paths (lib/routes.ts OWN_TOP_LEVEL_SEGMENTS) never redirect: skip the proxy there.
export const config = {
  matcher: ['/((?!_next/|posts/|tags/|categories/|archives/|page/|feeds/|pagefind/|site-assets/).+)'],
}
