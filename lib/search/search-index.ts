import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cacheDir } from '../deployment'
import { routes } from '../routes'
import { siteConfig } from '../config'
import { renderOneByOne } from '../render-every-post'
import { categoryTrailsOf, getPosts } from '../site-data'
import { buildSearchIndex, type SearchIndexFile } from './build-search-index'
import { searchDocument, type SearchablePost } from './search-document'

const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), cacheDir, 'search-index')

/**
 * The files of the search index the site serves under `/pagefind/`, built
 * once per set of posts: in memory per process, and on disk (keyed by every
 * document indexed) across the build workers that serve the files and across
 * builds.
 */
export async function searchIndexFiles(): Promise<SearchIndexFile[]> {
  return [...(await searchIndex()).values()]
}

/** One file of the index by its path (`index/zh_….pf_index`). */
export async function searchIndexFile(path: string): Promise<SearchIndexFile | undefined> {
  return (await searchIndex()).get(path)
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
  const key = createHash('sha256').update(pagefindVersion()).update('\0').update(indexLanguage)
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

/** Written beside and renamed into place: a worker reading at the same time never sees half an index. */
function writeCached(folder: string, files: SearchIndexFile[]): void {
  const temporary = `${folder}.${process.pid}.tmp`
  try {
    for (const file of files) {
      const target = path.join(temporary, 'files', file.path)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, file.content)
    }
    writeFileSync(path.join(temporary, MANIFEST), JSON.stringify(files.map((file) => file.path)))
    renameSync(temporary, folder)
  } catch {
    // Another worker got there first, or the disk is read-only: costs speed, not correctness.
    rmSync(temporary, { recursive: true, force: true })
  }
}
