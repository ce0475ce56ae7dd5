import { existsSync } from 'node:fs'
import path from 'node:path'
import { uiLanguageOf, UI_LANGUAGES } from '../i18n'
import { defaultSiteConfig, type SiteConfig } from '../site-config'
import { ConfigError } from './config-error'
import { HEXO_DEFAULTS, readHexoConfig } from './hexo-config'
import { locateContent, type ContentLocation } from './locate'
import { errorReporter, originOf, type ImageFinder, type Origin } from './reporters'
import { fields, isMapping } from './schema'
import { SITE_FILE_FIELDS, type Settings } from './settings'
import { lookUpImage, type ImagePlaces } from './site-images'
import { expandLayer, toSiteConfig } from './to-site-config'
import { readYamlFile, type KeyPath } from './yaml-file'

/** This site's own settings file, in the content folder (beside `_config.yml` in a Hexo site). */
export const SITE_FILE_NAMES = ['site.yml', 'site.yaml']

export interface LoadedSiteConfig {
  config: SiteConfig
  /** One line each, naming the file and line: values read but not usable, images not found. */
  warnings: string[]
  /** Local images the settings use, by the path the site serves them at (app/site-assets) → file. */
  assets: Map<string, string>
  /** The settings files read, lowest precedence first. */
  files: string[]
  location: ContentLocation
}

interface Layer {
  settings: Settings
  origin: (path: KeyPath) => Origin
}

/**
 * The site's settings, by precedence: the environment (`SITE_URL`,
 * `BASE_PATH`) over this site's `site.yml` over a Hexo site's own files
 * (`_config.yml`, then its theme's config) over Hexo's defaults (for a Hexo
 * site) over this site's defaults (lib/site-config.ts).
 * Throws a ConfigError for a YAML error anywhere, and for a wrong or unknown
 * key in `site.yml`; everything else that cannot be used is a warning.
 */
export function loadSiteConfig({
  contentDir = 'content',
  env = process.env,
  projectDir = process.cwd(),
}: {
  contentDir?: string
  env?: Readonly<Record<string, string | undefined>>
  projectDir?: string
} = {}): LoadedSiteConfig {
  const location = locateContent(contentDir)
  const warnings: string[] = []
  const assets = new Map<string, string>()
  const files: string[] = []
  const layers: Layer[] = []
  const places: ImagePlaces = { contentDir: location.contentDir, hexoRoot: location.hexoRoot, projectDir }
  const findImage =
    (theme?: string): ImageFinder =>
    (value) => {
      const found = lookUpImage(value, { ...places, theme })
      if ('file' in found && found.file) assets.set(found.url, found.file)
      return found
    }

  let hexoSite = false
  if (location.hexoRoot) {
    const hexo = readHexoConfig(location.hexoRoot, warnings, findImage)
    layers.push({ settings: HEXO_DEFAULTS, origin: () => ({ file: 'Hexo’s defaults' }) })
    layers.push({ settings: hexo.settings, origin: hexo.origin })
    files.push(...hexo.files)
    places.theme = hexo.theme
    hexoSite = true
  }

  const own = readSiteFile(location.settingsDir, warnings, findImage(places.theme))
  if (own) {
    layers.push(own.layer)
    files.push(own.file)
  }
  layers.push(environmentLayer(env))

  const settings = layers.map((layer) => expandLayer(layer.settings)).reduce(mergeSettings, {})
  const config = toSiteConfig(settings, defaultSiteConfig, { hexoSite })

  if (env.STATIC_EXPORT === '1' && config.feed.atomPaths.length + config.feed.rssPaths.length > 0) {
    const { file, line } = whereSet(layers, 'feed')
    warnings.push(
      `${file}${line ? `:${line}` : ''}: feed.path: a static export serves the feeds at /atom.xml and /feed.xml only (a static host cannot serve one file at two paths; ${[...config.feed.atomPaths, ...config.feed.rssPaths].join(', ')} would need the host's own rewrite)`,
    )
  }
  if (settings.language && !settings.ui_language && !uiLanguageOf(settings.language)) {
    const { file, line } = whereSet(layers, 'language')
    warnings.push(
      `${file}${line ? `:${line}` : ''}: language: the interface has no words in "${settings.language}" yet, so it speaks English (it speaks ${UI_LANGUAGES.join(', ')})`,
    )
  }
  return { config, warnings, assets, files, location }
}

function readSiteFile(
  dir: string,
  warnings: string[],
  findImage: ImageFinder,
): { layer: Layer; file: string } | undefined {
  const present = SITE_FILE_NAMES.map((name) => path.join(/*turbopackIgnore: true*/ dir, name)).filter((file) =>
    existsSync(/*turbopackIgnore: true*/ file),
  )
  if (present.length === 0) return undefined
  const yaml = readYamlFile(present[0])
  if (present.length > 1)
    throw new ConfigError(yaml.file, undefined, `both ${SITE_FILE_NAMES.join(' and ')} are here: keep one`)
  const data = yaml.data ?? {}
  if (!isMapping(data)) throw new ConfigError(yaml.file, 1, 'must be a list of `key: value` lines')
  const origin = (keyPath: KeyPath) => originOf([{ file: yaml }], keyPath)
  // Strict: a wrong type or an unknown key stops the build (errorReporter throws the first).
  const settings = fields(SITE_FILE_FIELDS).read(data, [], errorReporter(origin, warnings, findImage)) as Settings
  return { layer: { settings, origin }, file: yaml.file }
}

/** `SITE_URL` and `BASE_PATH`, over every file. */
function environmentLayer(env: Readonly<Record<string, string | undefined>>): Layer {
  const settings: Settings = {}
  const siteUrl = env.SITE_URL?.trim()
  if (siteUrl) {
    let url: URL | undefined
    try {
      url = new URL(siteUrl)
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new ConfigError('SITE_URL', undefined, `"${siteUrl}" is not an http(s) URL (like https://blog.example.com)`)
    }
    settings.url = url.origin
  }
  const basePath = env.BASE_PATH?.trim()
  if (basePath) settings.root = basePath.replace(/^\/+|\/+$/g, '') ? `/${basePath.replace(/^\/+|\/+$/g, '')}` : ''
  return { settings, origin: () => ({ file: 'the environment' }) }
}

/** Layer over layer: mappings merge key by key; lists and values are replaced whole. */
function mergeSettings<T extends Record<string, unknown>>(lower: T, higher: T): T {
  const merged: Record<string, unknown> = { ...lower }
  for (const [key, value] of Object.entries(higher)) {
    if (value === undefined) continue
    merged[key] = isMapping(value) && isMapping(merged[key]) ? mergeSettings(merged[key], value) : value
  }
  return merged as T
}

function whereSet(layers: readonly Layer[], key: keyof Settings): Origin {
  const layer = [...layers].reverse().find((candidate) => candidate.settings[key] !== undefined)
  return layer ? layer.origin([key]) : { file: '' }
}
