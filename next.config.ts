import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants'
import { siteConfig } from './lib/config'
import { staticGenerationWorkersOrExit } from './lib/build-workers'
import { checkContentOrExit } from './lib/content/check-content'
import { loadPosts } from './lib/content/load-posts'
import { postsSnapshotFile, writePostsSnapshot } from './lib/content/posts-snapshot'
import { contentOutsideProject, runtimeContentGlobs } from './lib/content/runtime-content'
import { basePath, distDir, staticExport } from './lib/deployment'
import { legacyRedirectTable } from './lib/legacy-redirects'
import { notePrerenderPosts, postRouteExtension, prerenderLimit } from './lib/prerender-posts'
import { isPublished } from './lib/published'
import { routes } from './lib/routes'
import { securityHeaders } from './lib/security-headers'

/**
 * - `next build` / Vercel: a server build; old Hexo URLs redirect with 308s
 *   (proxy.ts, from a table built here) and every response carries the
 *   security headers.
 * - `STATIC_EXPORT=1 next build`: plain files in `out/` for any static host,
 *   optionally under `BASE_PATH`; old URLs get redirect pages instead
 *   (app/[...path]/page.tsx), since a static host cannot be told to redirect.
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD) {
    checkContentOrExit()
    notePrerenderPosts(loadPosts().filter(isPublished).length, contentOutsideProject())
    // Before Next compiles, so the post route's trace (what Vercel copies into its function) can include it.
    if (prerenderLimit !== undefined) writePostsSnapshot(postsSnapshotFile, loadPosts())
  }
  const shared: NextConfig = {
    // NEXT_DIST_DIR lets the e2e and bench builds live beside the normal one.
    distDir,
    poweredByHeader: false,
    // It runs its own binary (found from its package folder) to build the
    // search index at build time; no server function needs it at run time.
    serverExternalPackages: ['pagefind'],
    outputFileTracingExcludes: { '*': ['node_modules/pagefind/**', 'node_modules/@pagefind/**'] },
    basePath: basePath || undefined,
    // Picks the post route's file for this build (lib/prerender-posts.ts says why there are two).
    pageExtensions: [postRouteExtension, 'tsx', 'ts'],
    // Type checking is the repository's job (`npm run typecheck`, in CI), not
    // every build's: it cost each build 12–13 s, a writer's daily rebuild included.
    typescript: { ignoreBuildErrors: true },
    // All the cores of a small build machine render pages (lib/build-workers.ts).
    experimental: { cpus: staticGenerationWorkersOrExit() },
  }
  if (staticExport) return { ...shared, output: 'export', trailingSlash: true }
  return {
    ...shared,
    // PRERENDER_POSTS: the posts past the limit are rendered by the server on
    // their first request, from the content folder, which Vercel's function
    // then needs beside it (the loader's paths are hidden from the tracer).
    ...(prerenderLimit !== undefined && {
      outputFileTracingIncludes: { '/posts/*': [...runtimeContentGlobs(), postsSnapshotFile] },
    }),
    // Only where the proxy is compiled (build, dev); `next start` has it inlined already.
    env:
      phase === PHASE_PRODUCTION_SERVER
        ? {}
        : {
            LEGACY_REDIRECT_TABLE: JSON.stringify(legacyRedirectTable()),
            // The page workers and the server of a PRERENDER_POSTS build read the posts the build loaded (lib/content/load-posts.ts).
            ...(phase === PHASE_PRODUCTION_BUILD &&
              prerenderLimit !== undefined && { POSTS_SNAPSHOT: postsSnapshotFile }),
          },
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders }]
    },
    // The feeds also where hexo-generator-feed's `feed.path` put them, so the old site's subscribers keep theirs.
    async rewrites() {
      return [
        ...siteConfig.feed.atomPaths.map((source) => ({ source, destination: routes.atom() })),
        ...siteConfig.feed.rssPaths.map((source) => ({ source, destination: routes.rss() })),
      ]
    },
  }
}
