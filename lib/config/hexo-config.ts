import { existsSync } from 'node:fs'
import path from 'node:path'
import { deepMerge } from 'hexo-util'
import { ConfigError } from './config-error'
import { originOf, warningReporter, type ImageFinder, type Origin } from './reporters'
import { fields, INVALID, isMapping } from './schema'
import { HEXO_CONFIG_FIELDS, HEXO_THEME_FIELDS, type Settings } from './settings'
import { readYamlFile, type KeyPath, type YamlFile } from './yaml-file'

/** Hexo's own defaults (hexo/lib/hexo/default_config.ts) for the keys this site reads, under a Hexo site's files. */
export const HEXO_DEFAULTS: Settings = {
  language: 'en',
  per_page: 10,
  date_format: 'YYYY-MM-DD',
  future: true,
  default_category: 'uncategorized',
  permalink: [':year/:month/:day/:title/'],
}

export interface HexoConfig {
  settings: Settings
  /** Where a key's value was written, for messages. */
  origin: (path: KeyPath) => Origin
  /** The files read, lowest precedence first. */
  files: string[]
  theme?: string
}

/**
 * A Hexo site's settings as Hexo itself combines them: `_config.yml`, and the
 * theme's config from `themes/<theme>/_config.yml` under `_config.<theme>.yml`
 * under `theme_config:` in `_config.yml`, deep-merged with Hexo's own
 * `deepMerge` (hexo/lib/hexo/load_theme_config.ts, index.ts). Keys this site
 * does not read are ignored; a value it reads but cannot use is a warning.
 */
export function readHexoConfig(
  root: string,
  warnings: string[],
  findImage?: (theme: string | undefined) => ImageFinder,
): HexoConfig {
  const site = readYamlFile(path.join(/*turbopackIgnore: true*/ root, '_config.yml'))
  const data = site.data ?? {}
  if (!isMapping(data)) throw new ConfigError(site.file, 1, 'must be a list of `key: value` lines')

  const theme = typeof data.theme === 'string' || typeof data.theme === 'number' ? String(data.theme).trim() : undefined
  const themeFiles = theme ? themeConfigFiles(root, theme) : []
  const themeData = [...themeFiles.map((file) => file.data), data.theme_config].reduce<Record<string, unknown>>(
    (merged, layer) => (isMapping(layer) ? deepMerge(merged, layer) : merged),
    {},
  )
  // A theme key's line is in the file whose value won: `theme_config:` first, then the files from the highest.
  const themeSources = [
    { file: site, prefix: ['theme_config'] },
    ...[...themeFiles].reverse().map((file) => ({ file })),
  ]
  const themeOrigin = (keyPath: KeyPath) => originOf(themeSources, keyPath)

  const siteData = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'theme_config'))
  const find = findImage?.(theme)
  const siteOrigin = (keyPath: KeyPath) => originOf([{ file: site }], keyPath)
  const siteSettings = fields(HEXO_CONFIG_FIELDS).read(siteData, [], warningReporter(siteOrigin, warnings, find))
  const themeSettings = fields(HEXO_THEME_FIELDS).read(themeData, [], warningReporter(themeOrigin, warnings, find))
  return {
    settings: {
      ...(siteSettings === INVALID ? {} : siteSettings),
      ...(themeSettings === INVALID ? {} : themeSettings),
    },
    origin: (keyPath) =>
      keyPath[0] !== undefined && Object.hasOwn(siteData, keyPath[0]) ? siteOrigin(keyPath) : themeOrigin(keyPath),
    files: [site.file, ...themeFiles.map((file) => file.file)],
    theme,
  }
}

/**
 * The theme's config files, lowest precedence first: the theme folder's own
 * `_config.yml` — or the source system's `_config.theme.yml`, which its
 * build copied there — then `_config.<theme>.yml` at the site root.
 */
function themeConfigFiles(root: string, theme: string): YamlFile[] {
  const inThemeFolder = path.join(/*turbopackIgnore: true*/ root, 'themes', theme, '_config.yml')
  const sourceSystemCopy = path.join(/*turbopackIgnore: true*/ root, '_config.theme.yml')
  const candidates = [
    existsSync(/*turbopackIgnore: true*/ inThemeFolder) ? inThemeFolder : sourceSystemCopy,
    path.join(/*turbopackIgnore: true*/ root, `_config.${theme}.yml`),
  ]
  return [...new Set(candidates)]
    .filter((file) => existsSync(/*turbopackIgnore: true*/ file))
    .map(readYamlFile)
    .map((file) => {
      if (file.data !== undefined && !isMapping(file.data))
        throw new ConfigError(file.file, 1, 'must be a list of `key: value` lines')
      return file
    })
}
