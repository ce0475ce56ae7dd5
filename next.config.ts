import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { checkContentOrExit } from './lib/content/check-content'
import { basePath, staticExport } from './lib/deployment'
import { legacyRedirects, redirectSource } from './lib/legacy-redirects'
import { securityHeaders } from './lib/security-headers'

/**
 * - `next build` / Vercel: a server build; old Hexo URLs redirect with 308s
 *   and every response carries the security headers.
 * - `STATIC_EXPORT=1 next build`: plain files in `out/` for any static host,
 *   optionally under `BASE_PATH`; old URLs get redirect pages instead
 *   (app/[...path]/page.tsx), since a static host cannot be told to redirect.
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOrExit()
  const shared: NextConfig = {
    // A separate output folder lets the e2e builds (over e2e/fixtures) live beside the normal one.
    // In an export the folder holds the exported site: `out/` unless told otherwise.
    distDir: process.env.NEXT_DIST_DIR || (staticExport ? 'out' : '.next'),
    poweredByHeader: false,
    basePath: basePath || undefined,
  }
  if (staticExport) return { ...shared, output: 'export', trailingSlash: true }
  return {
    ...shared,
    async redirects() {
      return legacyRedirects().map(({ from, to }) => ({ source: redirectSource(from), destination: to, permanent: true }))
    },
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders }]
    },
  }
}
