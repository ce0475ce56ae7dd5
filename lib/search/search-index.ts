import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildDir, cacheDir, withBasePath } from '../deployment'
import { routes } from '../routes'
import { siteConfig } from '../config'
import { renderOneByOne } from '../render-every-post'
import { categoryTrailsOf, getPosts } from '../site-data'
import { buildSearchIndex, type SearchIndexFile } from './build-search-index'
import { writeIndexFolder } from './index-folder'
import { searchDocument, type SearchablePost } from './search-document'

const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), cacheDir, 'search-index')

/**
 * The files of the search index, built once per set of posts: in memory per
 * process, and on disk (keyed by every document indexed) across build
 * workers and across builds. `next dev` serves them from memory
 * (app/pagefind); a build publishes them as static files.
 */
export async function searchIndexFiles(): Promise<SearchIndexFile[]> {
  return [...(await searchIndex()).values()]
}

/** One file of the index by its path (`index/zh_….pf_index`). */
export async function searchIndexFile(path: string): Promise<SearchIndexFile | undefined> {
  return (await searchIndex()).get(path)
}

/**
 * Where a build publishes the index: beside Next's own static files, which
 * every host serves without a route (`next start`, Vercel, the export's
 * `out/_next/static`) and lets browsers keep for good. Safe to keep: the
 * folder is named by the Pagefind version that wrote the script and the index
 * format, and the chunks, fragments and metadata inside are named by their
 * content. The one file that changes with the posts, `pagefind-entry.json`,
 * Pagefind fetches with a fresh `?ts=` every time.
 */
const publishedFolder = `search/pagefind-${pagefindVersion()}`

/** The published search script's URL, base path included. */
export const publishedSearchScript = withBasePath(`/_next/static/${publishedFolder}/pagefind.js`)

/**
 * Writes the index into the build's static files (`<build folder>/static/…`):
 * one copy of 1000s of small files, where serving them as route outputs made
 * Next render, write and list each one (BENCH.md, session 6).
 */
export async function publishSearchIndex(
  buildFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), buildDir),
): Promise<void> {
  writeIndexFolder(path.join(buildFolder, 'static', publishedFolder), await searchIndexFiles(), 'replace')
}

let memo: { source: readonly unknown[]; byPath: Promise<Map<string, SearchIndexFile>> } | undefined

function searchIndex(): Promise<Map<string, SearchIndexFile>> {
  const posts = getPosts()
  if (memo?.source !== posts) {
    const byPath = loadOrBuild(posts).then((files) => new Map(files.map((file) => [file.path, file])))
    memo = { source: posts, byPath }
  }
  return memo.byPath
}

/** Pagefind's language codes are ISO 639-1: `zh-CN` → `zh`. */
const indexLanguage = siteConfig.language.split('-')[0].toLowerCase()

async function loadOrBuild(posts: ReturnType<typeof getPosts>): Promise<SearchIndexFile[]> {
  // One by one, newest first: the post route renders oldest first in the other build worker (lib/render-every-post.ts).
  const rendered = await renderOneByOne(posts)
  const searchable: SearchablePost[] = posts.map((post, at) => ({
    post,
    url: routes.post(post),
    html: rendered[at].html,
    categories: categoryTrailsOf(post).map((trail) => trail.map((node) => node.name).join(' / ')),
  }))
  const key = createHash('sha256').update(publishedFolder).update('\0').update(indexLanguage)
  for (const post of searchable) key.update('\0').update(post.url).update('\0').update(searchDocument(post))
  const folder = path.join(CACHE_DIR, key.digest('hex'))
  const cached = readCached(folder)
  if (cached) return cached
  const files = await buildSearchIndex(searchable, indexLanguage)
  writeCached(folder, files)
  return files
}

function pagefindVersion(): string {
  try {
    const manifest = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'pagefind', 'package.json')
    return JSON.parse(readFileSync(manifest, 'utf8')).version
  } catch {
    return 'unknown'
  }
}

const MANIFEST = 'files.json'

function readCached(folder: string): SearchIndexFile[] | undefined {
  try {
    if (!existsSync(path.join(folder, MANIFEST))) return undefined
    const paths: string[] = JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8'))
    return paths.map((file) => ({ path: file, content: readFileSync(path.join(folder, 'files', file)) }))
  } catch {
    return undefined // a damaged entry is built again
  }
}

function writeCached(folder: string, files: SearchIndexFile[]): void {
  const manifest = { path: MANIFEST, content: Buffer.from(JSON.stringify(files.map((file) => file.path))) }
  try {
    writeIndexFolder(folder, [...files.map((file) => ({ ...file, path: `files/${file.path}` })), manifest], 'keep')
  } catch {
    // A read-only disk costs speed, not correctness.
  }
}
