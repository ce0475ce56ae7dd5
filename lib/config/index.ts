import type { SiteConfig } from '../site-config'
import { ConfigError } from './config-error'
import { loadSiteConfig, type LoadedSiteConfig } from './load-site-config'

export { ConfigError } from './config-error'

/**
 * Read once per process, from `CONTENT_DIR`. A bad setting ends the process
 * here with one line naming the file and line, never a stack trace: in
 * `next build` that happens while next.config.ts loads, before any worker
 * starts (lib/content/check-content.ts prints the warnings there, once).
 */
function loadOrExit(): LoadedSiteConfig {
  try {
    return loadSiteConfig({ contentDir: process.env.CONTENT_DIR || 'content' })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`\nConfig error: ${error.message}\n`)
    process.exit(1)
  }
}

const loaded = loadOrExit()

/** The site's settings: Hexo's files, `site.yml` and the environment over the defaults (lib/site-config.ts). */
export const siteConfig: SiteConfig = loaded.config

/** What the settings could not use, one line each (printed by the build). */
export const configWarnings: readonly string[] = loaded.warnings

/** Images from the content folder that the settings use, by the path the site serves them at → file. */
export const siteAssets: ReadonlyMap<string, string> = loaded.assets

/** Settings files read, lowest precedence first. */
export const configFiles: readonly string[] = loaded.files
