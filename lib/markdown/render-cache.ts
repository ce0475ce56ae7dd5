import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-write'
import { cacheDir } from '../deployment'
import { dialectKey } from './dialect'
import type { ImageSize, ImageSizeResolver } from './rehype-images'
import type { PostLinkResolver } from './rehype-post-links'
import type { RenderedMarkdown, RenderOptions } from './render-markdown'

/**
 * Rendered posts kept on disk between builds, in the build folder's `cache/`
 * (which Vercel and CI caches keep), so a rebuild after editing one post renders one post,
 * and build workers share what another already rendered.
 *
 * An entry is keyed by the markdown, the base path, the id prefix, the dialect and where mentions link, the renderer's own source
 * (lib/markdown/*.ts) and the lockfile, so changing the pipeline or a
 * dependency invalidates everything. The links to archived posts and the
 * image sizes a render looked up are stored with it; a hit counts only if
 * each still resolves the same way (a post added or renamed re-renders just
 * the posts linking to it; an image whose size became known re-renders its post).
 */
const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), cacheDir, 'rendered-posts')

interface CacheEntry {
  lookups: [permlink: string, author: string, result: string | null][]
  /** The image sizes the render used; an image without one is looked up again on a hit. */
  imageSizes: [src: string, size: ImageSize | null][]
  rendered: RenderedMarkdown
}

let pipelineHash: string | null | undefined

/** Hash of what decides a render besides its input; `null` (no caching) when the sources are not on disk. */
function pipelineVersion(): string | null {
  if (pipelineHash !== undefined) return pipelineHash
  try {
    const hash = createHash('sha256')
    const sources = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'markdown')
    for (const name of readdirSync(sources).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts'))
        hash.update(name).update(readFileSync(path.join(sources, name)))
    }
    hash.update(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package-lock.json')))
    pipelineHash = hash.digest('hex')
  } catch {
    pipelineHash = null
  }
  return pipelineHash
}

export async function cachedRender(
  markdown: string,
  options: RenderOptions,
  render: (markdown: string, options: RenderOptions) => Promise<RenderedMarkdown>,
  cacheDir = CACHE_DIR,
): Promise<RenderedMarkdown> {
  const file = entryFile(markdown, options, cacheDir)
  if (!file) return render(markdown, options)

  const hit = read(file)
  if (
    hit &&
    hit.lookups.every(
      ([permlink, author, result]) => (options.resolvePostLink?.(permlink, author) ?? null) === result,
    ) &&
    (await sameImageSizes(hit.imageSizes, options.resolveImageSize))
  ) {
    return hit.rendered
  }

  const lookups: CacheEntry['lookups'] = []
  const resolvePostLink: PostLinkResolver = (permlink, author) => {
    const result = options.resolvePostLink?.(permlink, author)
    lookups.push([permlink, author, result ?? null])
    return result
  }
  const imageSizes: CacheEntry['imageSizes'] = []
  const resolveImageSize: ImageSizeResolver = async (src) => {
    const size = await options.resolveImageSize?.(src)
    imageSizes.push([src, size ?? null])
    return size
  }
  const rendered = await render(markdown, { ...options, resolvePostLink, resolveImageSize })
  write(file, { lookups, imageSizes, rendered })
  return rendered
}

/**
 * Whether the disk cache has an entry for this render (not whether it is
 * still valid: its links and image sizes are checked when it is read).
 */
export function hasCachedRender(markdown: string, options: RenderOptions, cacheDir = CACHE_DIR): boolean {
  const file = entryFile(markdown, options, cacheDir)
  return file !== undefined && existsSync(file)
}

/** The entry's file, or `undefined` when caching is off. */
function entryFile(markdown: string, options: RenderOptions, cacheDir: string): string | undefined {
  const version = pipelineVersion()
  if (!version || process.env.RENDER_CACHE === '0') return undefined
  const key = createHash('sha256')
    .update(version)
    .update('\0')
    .update(options.basePath ?? '')
    .update('\0')
    .update(options.idPrefix ?? '')
    .update('\0')
    .update(dialectKey(options))
    .update('\0')
    .update(markdown)
    .digest('hex')
  return path.join(cacheDir, key.slice(0, 2), `${key}.json`)
}

async function sameImageSizes(
  recorded: CacheEntry['imageSizes'] | undefined,
  resolve: ImageSizeResolver | undefined,
): Promise<boolean> {
  if (!recorded) return false // an entry from before image sizes
  const now = await Promise.all(recorded.map(([src]) => resolve?.(src)))
  return recorded.every(([, size], at) => JSON.stringify(now[at] ?? null) === JSON.stringify(size))
}

function read(file: string): CacheEntry | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CacheEntry) : undefined
  } catch {
    return undefined // a damaged entry is simply rendered again
  }
}

/** Written to a temporary name and renamed: a worker reading at the same time never sees half a file. */
function write(file: string, entry: CacheEntry): void {
  try {
    writeFileAtomic(file, JSON.stringify(entry))
  } catch {
    // A read-only or full disk costs speed, not correctness.
  }
}
