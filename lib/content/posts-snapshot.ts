import { readFileSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'
import { writeFileAtomic } from '../atomic-write'
import { buildDir } from '../deployment'
import type { Post } from './post'

/**
 * The posts a build loaded, handed to its server. With PRERENDER_POSTS the
 * server renders long-tail posts on request, and the first request of each
 * server process (each cold Vercel function) used to read and validate every
 * post file again: 976 ms at 5000 posts, growing with the archive. The build
 * writes what it loaded once; the server reads it in one go (BENCH.md,
 * session 6) and renders what the build's own pages were made from.
 *
 * V8's serialization keeps what JSON would change: front-matter dates stay
 * Dates, `.nan` stays NaN, binary stays binary.
 */
const FORMAT = 'hexo-reader posts snapshot 1'

/**
 * Where a build leaves it, relative to the project: with the build tools'
 * caches in `node_modules/.cache/`, one per build folder (builds into two
 * folders never share one). Not in the build folder: Turbopack leaves the
 * build folder's files out of a route's trace, and Vercel copies only traced
 * files into the function. next.config.ts writes it before Next compiles.
 */
export const postsSnapshotFile = `node_modules/.cache/hexo-reader/${buildDir.replace(/[^\w.-]+/g, '_')}/posts-snapshot.v8`

interface Snapshot {
  format: string
  posts: readonly Post[]
}

/** Written beside and renamed into place: a server starting meanwhile never reads half a file. */
export function writePostsSnapshot(file: string, posts: readonly Post[]): void {
  writeFileAtomic(file, serialize({ format: FORMAT, posts } satisfies Snapshot))
}

/**
 * The snapshot's posts, or `undefined` when there is none or it cannot be
 * read (another format, another Node): the caller then reads the files, as
 * without a snapshot — slower, never wrong.
 */
export function readPostsSnapshot(file: string): Post[] | undefined {
  let snapshot: Partial<Snapshot>
  try {
    snapshot = deserialize(readFileSync(file))
  } catch {
    return undefined
  }
  return snapshot?.format === FORMAT && Array.isArray(snapshot.posts) ? [...snapshot.posts] : undefined
}
