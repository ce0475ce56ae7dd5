import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { CORE_SCHEMA, load } from 'js-yaml'

// These paths are kept out of the server bundle's file tracing
// (`turbopackIgnore`), which would otherwise take in the whole project; when
// the server reads the content (PRERENDER_POSTS), next.config.ts names the
// files instead (lib/content/runtime-content.ts).

/** Where a site's files are, from what `CONTENT_DIR` points at. */
export interface ContentLocation {
  /** The folder of posts and pages: `CONTENT_DIR`, or a Hexo site's `source/`. */
  contentDir: string
  /** The Hexo site root (`_config.yml` beside `source/`), when there is one. */
  hexoRoot?: string
  /** Where `site.yml` is read from: the Hexo site root, else the content folder. */
  settingsDir: string
  /** Laid out as Hexo's `source/` (posts in `_posts/`): its pages are `about.md` and `about/index.md`. */
  hexoSource: boolean
}

const located = new Map<string, ContentLocation>()

/**
 * `CONTENT_DIR` may be a Hexo site root (`_config.yml` beside `source/`, or
 * the folder its `source_dir` names), that site's `source/` folder, or a
 * plain folder of posts.
 */
export function locateContent(dir: string): ContentLocation {
  const given = path.resolve(/*turbopackIgnore: true*/ dir)
  let location = located.get(given)
  if (!location) located.set(given, (location = locate(given)))
  return location
}

function locate(given: string): ContentLocation {
  if (isFile(path.join(/*turbopackIgnore: true*/ given, '_config.yml'))) {
    const source = sourceDirOf(given)
    const hasSource = isDirectory(source)
    return { contentDir: hasSource ? source : given, hexoRoot: given, settingsDir: given, hexoSource: hasSource }
  }
  const parent = path.dirname(given)
  if (
    parent !== given &&
    isFile(path.join(/*turbopackIgnore: true*/ parent, '_config.yml')) &&
    sourceDirOf(parent) === given
  ) {
    return { contentDir: given, hexoRoot: parent, settingsDir: parent, hexoSource: true }
  }
  return {
    contentDir: given,
    settingsDir: given,
    hexoSource: isDirectory(path.join(/*turbopackIgnore: true*/ given, '_posts')),
  }
}

/**
 * Hexo's `source_dir` (default `source`). A `_config.yml` that does not parse
 * is read again, and reported with its line, by the settings loader.
 */
function sourceDirOf(root: string): string {
  let name = 'source'
  try {
    const data = load(readFileSync(/*turbopackIgnore: true*/ path.join(root, '_config.yml'), 'utf8'), {
      schema: CORE_SCHEMA,
    })
    const value = (data as { source_dir?: unknown } | null)?.source_dir
    if (typeof value === 'string' && value.trim()) name = value.trim()
  } catch {
    // the loader reports it
  }
  return path.resolve(/*turbopackIgnore: true*/ root, name)
}

function isFile(file: string): boolean {
  return existsSync(/*turbopackIgnore: true*/ file) && statSync(/*turbopackIgnore: true*/ file).isFile()
}

function isDirectory(dir: string): boolean {
  return existsSync(/*turbopackIgnore: true*/ dir) && statSync(/*turbopackIgnore: true*/ dir).isDirectory()
}
