import fc from 'fast-check'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadPosts, readPosts } from './load-posts'
import type { Post } from './post'
import { readPostsSnapshot, writePostsSnapshot } from './posts-snapshot'

const folder = () => mkdtempSync(path.join(tmpdir(), 'snapshot-'))

/** What front matter can hold once YAML has read it: dates, NaN and ±∞, nested lists and maps (plain objects, as the loader makes them; `__proto__` keys included), any text. */
const frontMatterValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value

const post = fc.record({
  file: fc.string({ unit: 'binary' }),
  slug: fc.string({ unit: 'binary' }),
  aliases: fc.array(fc.string()),
  title: fc.string({ unit: 'binary' }),
  date: fc.date({ noInvalidDate: true }),
  updated: fc.date({ noInvalidDate: true }),
  categories: fc.array(fc.array(fc.string())),
  tags: fc.array(fc.string()),
  toc: fc.boolean(),
  tocNumbered: fc.boolean(),
  sticky: fc.integer(),
  draft: fc.boolean(),
  frontMatter: fc.dictionary(fc.string({ unit: 'binary' }), frontMatterValue, { noNullPrototype: true }),
  body: fc.string({ unit: 'binary', maxLength: 2000 }),
}, { noNullPrototype: true }) as fc.Arbitrary<Post>

describe('the posts snapshot', () => {
  it('gives back exactly the posts written, front-matter dates, NaN and every Unicode plane included', () => {
    const file = path.join(folder(), 'posts-snapshot.v8')
    fc.assert(
      fc.property(fc.array(post, { maxLength: 5 }), (posts) => {
        writePostsSnapshot(file, posts)
        expect(readPostsSnapshot(file)).toStrictEqual(posts)
      }),
      { numRuns: 150 },
    )
  })

  it('is not there, damaged or of another format: undefined, so the files are read instead', () => {
    const dir = folder()
    expect(readPostsSnapshot(path.join(dir, 'none.v8'))).toBeUndefined()
    writeFileSync(path.join(dir, 'damaged.v8'), 'not a snapshot')
    expect(readPostsSnapshot(path.join(dir, 'damaged.v8'))).toBeUndefined()
    const file = path.join(dir, 'posts-snapshot.v8')
    writePostsSnapshot(file, [])
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, bytes.length - 3))
    expect(readPostsSnapshot(file)).toBeUndefined()
  })
})

describe('loadPosts with POSTS_SNAPSHOT (a PRERENDER_POSTS build’s page workers and server)', () => {
  afterEach(() => {
    for (const name of ['CONTENT_DIR', 'POSTS_SNAPSHOT']) delete process.env[name]
  })

  function content(): string {
    const root = folder()
    mkdirSync(path.join(root, 'posts'))
    writeFileSync(path.join(root, 'posts', 'a.md'), '\n---\ntitle: As built\ndate: 2021-01-02\nweight: .nan\n---\n\nBody\n')
    return root
  }

  it('reads the posts the build loaded, not the files (changed since)', () => {
    const root = content()
    const built = readPosts(path.join(root, 'posts'), 'UTC')
    const snapshot = path.join(root, 'posts-snapshot.v8')
    writePostsSnapshot(snapshot, built)
    writeFileSync(path.join(root, 'posts', 'a.md'), '\n---\ntitle: Edited since\n---\n')
    process.env.CONTENT_DIR = root
    process.env.POSTS_SNAPSHOT = path.relative(process.cwd(), snapshot)
    expect(loadPosts()).toStrictEqual(built)
    expect(loadPosts()[0].frontMatter.weight).toBeNaN()
  })

  it('reads the files without POSTS_SNAPSHOT, or when the snapshot cannot be read', () => {
    const root = content()
    process.env.CONTENT_DIR = root
    expect(loadPosts().map((p) => p.title)).toEqual(['As built'])
    const other = content()
    writeFileSync(path.join(other, 'posts-snapshot.v8'), 'damaged')
    process.env.CONTENT_DIR = other
    process.env.POSTS_SNAPSHOT = path.relative(process.cwd(), path.join(other, 'posts-snapshot.v8'))
    expect(loadPosts().map((p) => p.title)).toEqual(['As built'])
  })
})
