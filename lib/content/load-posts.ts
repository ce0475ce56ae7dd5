import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { siteConfig } from '../config'
import { OWN_TOP_LEVEL_SEGMENTS } from '../routes'
import { ContentError } from './content-error'
import { contentDir, hexoPageFiles, pagesDir, postsDir } from './content-dir'
import { ContentReport, type FileWarning } from './content-report'
import { normalizePost } from './normalize-post'
import type { Post } from './post'
import { readPostsSnapshot } from './posts-snapshot'
import { postSegment } from '../url-segment'

/**
 * Every post under the posts folder, drafts included, newest first. Read and
 * validated once per process and shared by every route.
 */
export function loadPosts(): readonly Post[] {
  const dir = postsDir()
  if (cached?.dir !== dir) {
    const besidePages = pagesDir() && path.resolve(dir) === contentDir() ? ['pages'] : []
    const report = new ContentReport()
    const snapshot = builtSnapshotFile()
    const fromBuild = snapshot ? readPostsSnapshot(snapshot) : undefined
    cached = { dir, posts: fromBuild ?? readPosts(dir, siteConfig.timezone, besidePages, report), report }
  }
  return cached.posts
}

/**
 * The build's snapshot of the posts (lib/content/posts-snapshot.ts) in a
 * build with PRERENDER_POSTS: next.config.ts writes it before Next compiles
 * and names it in `POSTS_SNAPSHOT`, which Next inlines into the built code
 * only — the build's page workers and its server read it; `next dev`, the
 * tools and next.config.ts itself read the files.
 */
function builtSnapshotFile(): string | undefined {
  const file = process.env.POSTS_SNAPSHOT
  return file ? path.join(/*turbopackIgnore: true*/ process.cwd(), file) : undefined
}

let cached: { dir: string; posts: readonly Post[]; report: ContentReport } | undefined

/**
 * What loading the posts and pages recovered, dropped or (with
 * `CONTENT_ERRORS=warn`) skipped, for the build's content check to print
 * once: build workers load the same files and say nothing.
 */
export function loadReport(): ContentReport {
  loadPosts()
  loadPages()
  return ContentReport.merge(cached!.report, cachedPages!.report)
}

/**
 * Standalone pages (`content/pages/about.md` → `/about`; in a Hexo `source/`
 * folder also `about.md` and `about/index.md`), read like posts; drafts
 * excluded. Read once per process.
 */
export function loadPages(): readonly Post[] {
  const dir = pagesDir()
  const hexoPages = hexoPageFiles()
  const key = [dir, ...hexoPages.map((page) => page.file)].join('\0')
  if (!cachedPages || cachedPages.key !== key) {
    const report = new ContentReport()
    const read = [...(dir ? readPosts(dir, siteConfig.timezone, [], report) : []), ...readHexoPages(hexoPages, report)]
    const pages = withUniqueSlugs(read, report).filter((page) =>
      report.check(() => {
        if (OWN_TOP_LEVEL_SEGMENTS.has(page.slug)) throw new ContentError(page.file, undefined, `page slug "${page.slug}" is a path the site uses itself; rename the file or set \`slug\``)
      }),
    )
    cachedPages = { key, pages: pages.filter((page) => !page.draft), report }
  }
  return cachedPages.pages
}

let cachedPages: { key: string; pages: readonly Post[]; report: ContentReport } | undefined

/** Hexo's `about/index.md` is the page `/about`: named by its folder, unless its front matter names it. */
function readHexoPages(files: readonly { file: string; slug: string }[], report: ContentReport): Post[] {
  return files.flatMap(({ file, slug }) => {
    const page = readPost(file, siteConfig.timezone, report)
    if (!page) return []
    const named = page.frontMatter.slug !== undefined || page.frontMatter.permlink !== undefined
    return [named || !/[\\/]index\.(md|markdown)$/i.test(file) ? page : { ...page, slug: postSegment(slug), aliases: [] }]
  })
}

/** One file as a post; `undefined` when it cannot be read and `report` skips it (CONTENT_ERRORS=warn). */
function readPost(file: string, timeZone: string, report: ContentReport): Post | undefined {
  const shown = displayPath(file)
  const warnings: FileWarning[] = []
  const read = () => normalizePost({ file: shown, text: readFileSync(file, 'utf8'), modified: statSync(file).mtime }, timeZone, warnings)
  let post: Post | undefined
  if (!report.check(() => (post = read()))) return undefined
  report.warn(shown, warnings)
  return post
}

/**
 * `skipFolders`: top-level folders of `dir` that hold something else (`pages/` when the posts sit beside it).
 * A file that cannot be read stops the load with its `ContentError`, or — with
 * `CONTENT_ERRORS=warn` — is left out and listed in `report`, as Hexo skips it.
 */
export function readPosts(
  dir: string,
  timeZone: string,
  skipFolders: readonly string[] = [],
  report = new ContentReport(),
): Post[] {
  const posts = markdownFiles(dir, skipFolders).flatMap((file) => readPost(file, timeZone, report) ?? [])
  const unique = withUniqueSlugs(posts, report)
  return unique.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug))
}

/** Relative to the project when inside it, else absolute: what an author can open. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

/** The posts, each slug once: a second post with a taken slug is an error (or, skipping, left out). */
function withUniqueSlugs(posts: Post[], report: ContentReport): Post[] {
  const bySlug = new Map<string, Post>()
  return posts.filter((post) =>
    report.check(() => {
      const other = bySlug.get(post.slug)
      if (other) {
        throw new ContentError(post.file, undefined, `duplicate slug "${post.slug}": also used by ${other.file} (give one a different permlink or slug)`)
      }
      bySlug.set(post.slug, post)
    }),
  )
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
