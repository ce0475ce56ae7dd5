import { siteConfig } from './config'

/**
 * Where the site is served from, read once:
 * - the base path (`/@demo`): the site lives under a sub-path — `BASE_PATH`,
 *   else Hexo's `root` (lib/config);
 * - `STATIC_EXPORT=1`: `next build` writes plain files to `out/` for any
 *   static host; URLs then end in `/` so every page is a folder with an
 *   `index.html`, which every static host serves.
 */
export const basePath = siteConfig.root
export const staticExport = process.env.STATIC_EXPORT === '1'

/** Next's `distDir`; in an export it is the exported site itself (`out/`). */
export const distDir = process.env.NEXT_DIST_DIR || (staticExport ? 'out' : '.next')

/**
 * Where Next builds: `distDir`, except in an export, which Next builds in
 * `.next` and then copies into `distDir` (its `static/` becomes `_next/static/`).
 */
export const buildDir = staticExport ? '.next' : distDir

/** Where build caches go: the build folder's `cache/`, never inside an exported site. */
export const cacheDir = `${buildDir}/cache`

/** A root-relative path as the browser must request it: with the base path. For links Next does not build (HTML in posts, feeds). */
export function withBasePath(path: string): string {
  return `${basePath}${path}`
}

/** An image setting's `src`: a site path gets the base path, a URL stays as it is. */
export function siteImageSrc(pathOrUrl: string): string {
  return pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//') ? withBasePath(pathOrUrl) : pathOrUrl
}
