import { readFileSync } from 'node:fs'
import path from 'node:path'
import { siteAssets } from './config'
import { SITE_ASSETS_PREFIX } from './config/site-images'

/**
 * The images the settings use (avatar, favicon, logo) that live in the
 * content folder (a Hexo site's `source/`, its `public/`, its theme's
 * `source/`), served as static files under /site-assets, as Hexo served them
 * from the site root. Only those: nothing else in the folder is exposed.
 */

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
}

/** This project's own icon: a static export refuses a dynamic route that has no page at all. */
const PLACEHOLDER = {
  url: `${SITE_ASSETS_PREFIX}/icon.svg`,
  file: path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'icon.svg'),
}

function assets(): Map<string, string> {
  return new Map([[PLACEHOLDER.url, PLACEHOLDER.file], ...siteAssets])
}

/** Each served image's path below /site-assets, as segments. */
export function siteAssetPaths(): string[][] {
  return [...assets().keys()].map((url) => url.slice(SITE_ASSETS_PREFIX.length + 1).split('/'))
}

/** The image at `segments` (unencoded), or `undefined`. */
export function siteAsset(segments: readonly string[]): { body: Uint8Array<ArrayBuffer>; type: string } | undefined {
  const file = assets().get(`${SITE_ASSETS_PREFIX}/${segments.join('/')}`)
  if (!file) return undefined
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { body: new Uint8Array(readFileSync(/*turbopackIgnore: true*/ file)), type }
}
