/** Names the bench shares with no one: its own build folder and port. */
export const DIST_DIR = '.next-bench'
export const PORT = 3200
export const ORIGIN = `http://localhost:${PORT}`

/**
 * Environment for `next build` / `next start` over a corpus. The app's render
 * cache lives in `.next-bench/cache` (lib/markdown/render-cache.ts), so the
 * cold build (folder deleted) renders everything and the warm one measures
 * the cache; `--no-render-cache` turns it off (RENDER_CACHE=0). `--prerender
 * K` sets PRERENDER_POSTS, for the build and the server that renders the rest.
 */
export function benchEnv(corpusDir: string, renderCache = true, prerender?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: corpusDir,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: ORIGIN,
    ...(renderCache ? {} : { RENDER_CACHE: '0' }),
    ...(prerender === undefined ? {} : { PRERENDER_POSTS: String(prerender) }),
  }
}
