/**
 * Response headers for `next start` and Vercel (a static export's host sets
 * its own). The Content-Security-Policy is the one a statically generated
 * Next.js site can keep: pages are built before any request, so scripts
 * cannot carry per-request nonces, and Next's inline RSC payload scripts and
 * our theme script need 'unsafe-inline'. Everything else is locked down:
 * post images may come from any https host (Steemit's CDNs), nothing may be
 * framed, embedded, or posted anywhere.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the search (Pagefind) runs its index lookups in WebAssembly.
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: http: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' https:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
]
