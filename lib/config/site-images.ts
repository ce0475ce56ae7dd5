import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { displayPath } from './config-error'

/** Where the site serves the configured images it finds in the content folder (app/site-assets). */
export const SITE_ASSETS_PREFIX = '/site-assets'

/** The folders a local image path (`/img/avatar.png`) may be in, as Hexo would have served it. */
export interface ImagePlaces {
  /** The content folder (a Hexo site's `source/`). */
  contentDir: string
  hexoRoot?: string
  theme?: string
  /** This project: its `public/` is served as it is. */
  projectDir: string
}

export type ImageLookup = { url: string; file?: string } | { missing: string }

/**
 * An avatar, favicon or logo setting: a URL (`https://…`, `//…`, `data:`) is
 * used as it is; a local path is looked up in this project's `public/`
 * (served as it is), then in the content folder, the Hexo site's `public/`
 * and the theme's `source/` (served under /site-assets); `missing` lists
 * where it was looked for.
 */
export function lookUpImage(value: string, places: ImagePlaces): ImageLookup {
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(value)) return { url: value }
  const relative = value.split(/[?#]/)[0].replace(/^(\.\/|\/)+/, '')
  const projectPublic = path.join(places.projectDir, 'public')
  if (isFileWithin(projectPublic, relative)) return { url: `/${relative}` }
  const folders = [
    places.contentDir,
    places.hexoRoot && path.join(places.hexoRoot, 'public'),
    places.hexoRoot && places.theme && path.join(places.hexoRoot, 'themes', places.theme, 'source'),
    places.hexoRoot &&
      places.theme &&
      path.join(places.hexoRoot, 'node_modules', `hexo-theme-${places.theme}`, 'source'),
  ].filter((folder): folder is string => Boolean(folder))
  for (const folder of folders) {
    if (isFileWithin(folder, relative)) {
      return { url: `${SITE_ASSETS_PREFIX}/${relative}`, file: path.join(folder, relative) }
    }
  }
  return { missing: [...folders, projectPublic].map((folder) => `${displayPath(folder)}/`).join(', ') }
}

/** A file at `relative` inside `folder`, never outside it (`../` cannot climb out). */
function isFileWithin(folder: string, relative: string): boolean {
  if (!relative) return false
  const file = path.resolve(/*turbopackIgnore: true*/ folder, relative)
  const inside = path.relative(folder, file)
  if (inside.startsWith('..') || path.isAbsolute(inside)) return false
  return existsSync(/*turbopackIgnore: true*/ file) && statSync(/*turbopackIgnore: true*/ file).isFile()
}
