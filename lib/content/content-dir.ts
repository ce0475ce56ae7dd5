import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { locateContent } from '../config/locate'
import { ContentError } from './content-error'

// Content is read while pages are generated (and, with PRERENDER_POSTS, by
// the server rendering a post on its first request). These paths are kept out
// of the server bundle's file tracing (`turbopackIgnore`), which would
// otherwise take in the whole project; when the server needs the content
// folder, next.config.ts names it instead (runtime-content.ts).

/**
 * Where the author's files are: `CONTENT_DIR` (default `content/`), or — when
 * that is a Hexo site root (`_config.yml` beside `source/`) — its `source/`.
 * Posts are in its `posts/` folder, or in `_posts/` so that a Hexo `source/`
 * folder works as it is.
 */
export function contentDir(): string {
  return locateContent(process.env.CONTENT_DIR || 'content').contentDir
}

/** Standalone pages (`/about`): `<CONTENT_DIR>/pages/*.md`, when the folder exists. */
export function pagesDir(root = contentDir()): string | undefined {
  const dir = path.join(/*turbopackIgnore: true*/ root, 'pages')
  return existsSync(/*turbopackIgnore: true*/ dir) ? dir : undefined
}

/**
 * A Hexo `source/` folder's own pages, as Hexo lays them out: `about.md` and
 * `about/index.md` become `/about` (the slug is given with each file). Files
 * and folders starting with `_` or `.` are not pages (`_posts/`, `_drafts/`),
 * and neither is `pages/` (read as pagesDir). Deeper pages are not served.
 */
export function hexoPageFiles(root = contentDir()): { file: string; slug: string }[] {
  if (!locateContent(process.env.CONTENT_DIR || 'content').hexoSource) return []
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => !/^[._]/.test(entry.name) && entry.name !== 'pages')
    .flatMap((entry) => {
      if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
        return [{ file: path.join(root, entry.name), slug: entry.name.replace(/\.(md|markdown)$/i, '') }]
      }
      const index = path.join(/*turbopackIgnore: true*/ root, entry.name, 'index.md')
      return entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ index) ? [{ file: index, slug: entry.name }] : []
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}

/**
 * The folder whose `.md` files (at any depth) are the posts: `posts/`, else
 * Hexo's `_posts/`, else — a folder with nothing but posts in it — the
 * content folder itself (its `pages/` then still holds standalone pages).
 */
export function postsDir(root = contentDir()): string {
  for (const name of ['posts', '_posts']) {
    const dir = path.join(/*turbopackIgnore: true*/ root, name)
    if (existsSync(/*turbopackIgnore: true*/ dir)) return dir
  }
  if (existsSync(/*turbopackIgnore: true*/ root) && hasMarkdown(root)) return root
  throw new ContentError(
    path.relative(process.cwd(), root) || '.',
    undefined,
    existsSync(/*turbopackIgnore: true*/ root)
      ? 'no posts here: no .md files, and no posts/ or _posts/ folder (set CONTENT_DIR to your content folder)'
      : 'this folder does not exist (set CONTENT_DIR to your content folder)',
  )
}

function hasMarkdown(dir: string): boolean {
  return readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true }).some((name) => /\.(md|markdown)$/i.test(String(name)))
}
