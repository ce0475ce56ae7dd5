import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import { writeFileAtomic } from './atomic-write'
import { cacheDir } from './deployment'
import type { ImageSize } from './markdown/rehype-images'

const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), cacheDir, 'image-sizes')
/** Enough for the header of any common format (a JPEG's size can follow a large EXIF block). */
const MAX_BYTES = 512 * 1024
const TIMEOUT_MS = 3000
const MAX_IN_FLIGHT = 8

const probes = new Map<string, Promise<ImageSize | undefined>>()
/**
 * Hosts that did not answer (no DNS, refused, timed out) in this process: not
 * asked again, so an offline build spends one timeout per host, not per image.
 */
const unreachableHosts = new Set<string>()

/**
 * The pixel size of a post's remote image, so its page can reserve the space
 * (no layout shift as it loads). Read once from the first bytes of the file
 * and kept in the build folder's cache across builds; an image that cannot be
 * read (offline, gone, not an image) has no size and is tried again next
 * build; a host that does not answer is not asked again in this process. `IMAGE_SIZES=0` turns the look-ups off (builds then stay off the network).
 */
export function imageSizeOf(src: string, cacheDirectory = CACHE_DIR): Promise<ImageSize | undefined> {
  if (process.env.IMAGE_SIZES === '0' || !/^https?:\/\//i.test(src)) return Promise.resolve(undefined)
  let probe = probes.get(src)
  if (!probe) {
    probe = cachedOrProbed(src, cacheDirectory)
    probes.set(src, probe)
  }
  return probe
}

async function cachedOrProbed(src: string, cacheDirectory: string): Promise<ImageSize | undefined> {
  const file = path.join(cacheDirectory, `${createHash('sha256').update(src).digest('hex')}.json`)
  try {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ImageSize
  } catch {
    // A damaged entry is probed again.
  }
  const size = await probe(src)
  if (size) {
    try {
      writeFileAtomic(file, JSON.stringify(size))
    } catch {
      // A read-only disk costs a probe next build, not correctness.
    }
  }
  return size
}

async function probe(url: string): Promise<ImageSize | undefined> {
  const host = URL.canParse(url) ? new URL(url).host : undefined
  if (!host) return undefined
  await acquire()
  if (unreachableHosts.has(host)) {
    release()
    return undefined
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'image/*' } }).catch(
      (error: unknown) => {
        unreachableHosts.add(host)
        throw error
      },
    )
    if (!response.ok || !response.body) return undefined
    const reader = response.body.getReader()
    let bytes: Uint8Array = new Uint8Array(0)
    while (bytes.length < MAX_BYTES) {
      const { done, value } = await reader.read()
      if (done) return sizeOf(bytes)
      bytes = concat(bytes, value)
      const size = sizeOf(bytes)
      if (size) return size
    }
    return undefined
  } catch {
    return undefined
  } finally {
    clearTimeout(timer)
    controller.abort() // stop the download: the header was all we needed
    release()
  }
}

/** A size from the bytes read so far, or undefined while the header is incomplete. */
function sizeOf(bytes: Uint8Array): ImageSize | undefined {
  try {
    const { width, height, orientation } = imageSize(bytes)
    if (!width || !height) return undefined
    // EXIF orientations 5–8 are rotated a quarter turn: the browser shows them on their side.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height }
  } catch {
    return undefined
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

// A few probes at a time per build process: a post with fifty images does not open fifty connections.
let inFlight = 0
const waiting: (() => void)[] = []

function acquire(): Promise<void> {
  if (inFlight < MAX_IN_FLIGHT) {
    inFlight++
    return Promise.resolve()
  }
  return new Promise((resolve) => waiting.push(resolve))
}

function release(): void {
  const next = waiting.shift()
  if (next) next()
  else inFlight--
}
