import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { siteConfig } from '../site-config'
import { OWN_TOP_LEVEL_SEGMENTS } from '../routes'
import { ContentError } from './content-error'
import { contentDir, pagesDir, postsDir } from './content-dir'
import { normalizePost } from './normalize-post'
import type { Post } from './post'

/**
 * Every post under the posts folder, drafts included, newest first. Read and
 * validated once per process and shared by every route.
 */
export function loadPosts(): readonly Post[] {
  const dir = postsDir()
  if (cached?.dir !== dir) {
    const besidePages = pagesDir() && path.resolve(dir) === contentDir() ? ['pages'] : []
    cached = { dir, posts: readPosts(dir, siteConfig.timezone, besidePages) }
  }
  return cached.posts
}

let cached: { dir: string; posts: readonly Post[] } | undefined

/**
 * Standalone pages (`content/pages/about.md` → `/about`), read like posts;
 * drafts excluded. Read once per process.
 */
export function loadPages(): readonly Post[] {
  const dir = pagesDir()
  if (!cachedPages || cachedPages.dir !== dir) {
    const pages = dir ? readPosts(dir, siteConfig.timezone) : []
    for (const page of pages) {
      if (OWN_TOP_LEVEL_SEGMENTS.has(page.slug)) throw new ContentError(page.file, undefined, `page slug "${page.slug}" is a path the site uses itself; rename the file or set \`slug\``)
    }
    cachedPages = { dir, pages: pages.filter((page) => !page.draft) }
  }
  return cachedPages.pages
}

let cachedPages: { dir: string | undefined; pages: readonly Post[] } | undefined

/** `skipFolders`: top-level folders of `dir` that hold something else (`pages/` when the posts sit beside it). */
export function readPosts(dir: string, timeZone: string, skipFolders: readonly string[] = []): Post[] {
  const posts = markdownFiles(dir, skipFolders).map((file) =>
    normalizePost({ file: displayPath(file), text: readFileSync(file, 'utf8'), modified: statSync(file).mtime }, timeZone),
  )
  assertUniqueSlugs(posts)
  return posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug))
}

/** Relative to the project when inside it, else absolute: what an author can open. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

function assertUniqueSlugs(posts: Post[]): void {
  const bySlug = new Map<string, Post>()
  for (const post of posts) {
    const other = bySlug.get(post.slug)
    if (other) {
      throw new ContentError(post.file, undefined, `duplicate slug "${post.slug}": also used by ${other.file} (give one a different permlink or slug)`)
    }
    bySlug.set(post.slug, post)
  }
}

/**
 * `.md` files below `dir`, in a stable order. Skipped as Hexo skips them:
 * files and folders starting with `.` or `_` (`_replies/`, `_drafts/`), and —
 * when the posts sit in the content folder itself — its `pages/` folder.
 */
function markdownFiles(dir: string, skipFolders: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const parts = path.relative(dir, file).split(path.sep)
      return !parts.some((part) => part.startsWith('.') || part.startsWith('_')) && !skipFolders.includes(parts[0])
    })
    .sort()
}
