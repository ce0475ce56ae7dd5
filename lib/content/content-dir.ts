import { existsSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from './content-error'

// Content is read while pages are generated, never by the running server, so
// these paths are kept out of the server bundle's file tracing
// (`turbopackIgnore`); otherwise the whole project would be traced into it.

/**
 * Where the author's files are: `CONTENT_DIR` (default `content/`). Posts are
 * in its `posts/` folder, or in `_posts/` so that a Hexo `source/` folder
 * works as it is.
 */
function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content')
}

/** Standalone pages (`/about`): `<CONTENT_DIR>/pages/*.md`, when the folder exists. */
export function pagesDir(root = contentDir()): string | undefined {
  const dir = path.join(/*turbopackIgnore: true*/ root, 'pages')
  return existsSync(/*turbopackIgnore: true*/ dir) ? dir : undefined
}

export function postsDir(root = contentDir()): string {
  for (const name of ['posts', '_posts']) {
    const dir = path.join(/*turbopackIgnore: true*/ root, name)
    if (existsSync(/*turbopackIgnore: true*/ dir)) return dir
  }
  throw new ContentError(path.relative(process.cwd(), root) || '.', undefined, 'no posts/ or _posts/ folder here (set CONTENT_DIR to your content folder)')
}
