import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { postsDir } from './content-dir'
import { ContentReport, skippedFilesMessage } from './content-report'
import { loadPages, loadPosts, loadReport, readPosts } from './load-posts'

function contentFolder(files: Record<string, string>, postsFolder = 'posts'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'))
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, postsFolder, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return root
}

const fm = (fields: string) => `\n---\n${fields}\n---\n\nBody\n`

afterEach(() => {
  delete process.env.CONTENT_DIR
})

describe('readPosts', () => {
  it('reads .md files recursively, newest first, skipping other files and dot-folders', () => {
    const root = contentFolder({
      'a.md': fm('title: A\ndate: 2020-01-01'),
      'deep/er/b.md': fm('title: B\ndate: 2021-01-01'),
      'notes.txt': 'not a post',
      '.trash/c.md': fm('title: C'),
    })
    expect(readPosts(postsDir(root), 'UTC').map((p) => p.title)).toEqual(['B', 'A'])
  })

  it('skips what Hexo skips: _-prefixed files and folders (conversations in _replies/, _drafts/)', () => {
    const root = contentFolder({
      'a.md': fm('title: A'),
      '_drafts/b.md': fm('title: B'),
      '_replies/a.json': '{}',
      '_notes.md': fm('title: Notes'),
    })
    expect(readPosts(postsDir(root), 'UTC').map((p) => p.title)).toEqual(['A'])
  })

  it('reads a folder with nothing but posts in it, its pages/ kept apart', () => {
    const root = contentFolder({ 'a.md': fm('title: A\ndate: 2020-01-01'), 'account/x/b.md': fm('title: B\ndate: 2021-01-01') }, '.')
    mkdirSync(path.join(root, 'pages'))
    writeFileSync(path.join(root, 'pages', 'about.md'), fm('title: About'))
    process.env.CONTENT_DIR = root
    expect(postsDir(root)).toBe(root)
    expect(loadPosts().map((p) => p.title)).toEqual(['B', 'A'])
    expect(loadPages().map((p) => p.title)).toEqual(['About'])
  })

  it('says plainly when a folder has no posts, or does not exist', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'empty-'))
    expect(() => postsDir(empty)).toThrow(/no posts here: no \.md files/)
    expect(() => postsDir(path.join(empty, 'missing'))).toThrow(/does not exist/)
  })

  it('reads a Hexo source/ folder, whose posts are in _posts/', () => {
    const root = contentFolder({ 'hello.md': fm('title: Hexo') }, '_posts')
    expect(readPosts(postsDir(root), 'UTC').map((p) => p.title)).toEqual(['Hexo'])
  })

  it('fails on two posts with one slug, naming both files in one line', () => {
    const root = contentFolder({ 'one.md': fm('permlink: same'), 'two.md': fm('slug: same') })
    expect(() => readPosts(postsDir(root), 'UTC')).toThrowError(
      /^\S*two\.md: duplicate slug "same": also used by \S*one\.md \(.*\)$/,
    )
  })

  it('counts slugs that map to one URL segment as duplicates', () => {
    const root = contentFolder({ 'one.md': fm('permlink: Hello-World'), 'two.md': fm('permlink: hello-world') })
    expect(() => readPosts(postsDir(root), 'UTC')).toThrowError(/duplicate slug "hello-world"/)
  })

  it('names the file and line of a YAML error', () => {
    const root = contentFolder({ 'broken.md': '\n---\ntitle: x\ntags: [a,\n  b: c: d\n---\n' })
    expect(() => readPosts(postsDir(root), 'UTC')).toThrowError(/broken\.md:5: invalid YAML front matter/)
  })

  it('makes slugs URL-safe', () => {
    const root = contentFolder({ 'My Post?.md': fm('title: x') })
    expect(readPosts(postsDir(root), 'UTC')[0].slug).toBe('my-post')
  })
})

describe('loadPages', () => {
  it('refuses a page named like a path the site serves itself', () => {
    const root = contentFolder({ 'feeds.md': fm('title: Feeds') }, 'pages')
    mkdirSync(path.join(root, 'posts'))
    process.env.CONTENT_DIR = root
    expect(() => loadPages()).toThrowError(/feeds\.md: page slug "feeds" is a path the site uses itself/)
  })
})

describe('loadPosts', () => {
  it('reads CONTENT_DIR once and returns the same posts to every caller', () => {
    process.env.CONTENT_DIR = contentFolder({ 'a.md': fm('title: A') })
    const first = loadPosts()
    expect(loadPosts()).toBe(first)
    expect(first.map((p) => p.title)).toEqual(['A'])
  })
})

describe('CONTENT_ERRORS=warn', () => {
  afterEach(() => {
    delete process.env.CONTENT_ERRORS
  })

  it('skips unreadable files and duplicate slugs, listing each with its error', () => {
    const root = contentFolder({
      'a.md': fm('title: A\npermlink: same\ndate: 2020-01-01'),
      'b.md': fm('title: B\ndate: nope'),
      'c.md': '\n---\ntitle: x\ntags: [a,\n  b: c: d\n---\n',
      'd.md': fm('title: D\npermlink: same'),
    })
    process.env.CONTENT_ERRORS = 'warn'
    const report = new ContentReport()
    expect(readPosts(postsDir(root), 'UTC', [], report).map((p) => p.title)).toEqual(['A'])
    expect(report.skipped).toEqual([
      expect.stringMatching(/b\.md:\d+: `date` is not a date/),
      expect.stringMatching(/c\.md:5: invalid YAML front matter/),
      expect.stringMatching(/d\.md: duplicate slug "same"/),
    ])
    expect(skippedFilesMessage(report.skipped)[0]).toBe('Skipped 3 unreadable files (CONTENT_ERRORS=warn):')
  })

  it('gives one warning line per file, however many things were recovered in it', () => {
    const root = contentFolder({
      'a.md': fm("title: 'Let\\'s go'\nthumbnail: javascript:x\ntags:\n- *star"),
      'b.md': fm('title: fine'),
    })
    const report = new ContentReport()
    readPosts(postsDir(root), 'UTC', [], report)
    expect(report.warnings).toHaveLength(1)
    expect(report.warnings[0]).toMatch(/a\.md: line 3: title read as .*; line 4: thumbnail dropped.*; line 6: tags read as "\*star"/)
  })

  it('refuses a value it does not know, in one line', () => {
    process.env.CONTENT_ERRORS = 'skip'
    expect(() => new ContentReport()).toThrowError(/^CONTENT_ERRORS: must be "warn"/)
  })

  it('loadReport gathers the posts’ and the pages’ reports', () => {
    const root = contentFolder({ 'a.md': fm("title: 'It\\'s'"), 'b.md': fm('date: nope') })
    mkdirSync(path.join(root, 'pages'))
    writeFileSync(path.join(root, 'pages', 'feeds.md'), fm('title: Feeds'))
    process.env.CONTENT_DIR = root
    process.env.CONTENT_ERRORS = 'warn'
    expect(loadPosts().map((p) => p.title)).toEqual(["It's"])
    expect(loadPages()).toEqual([])
    const report = loadReport()
    expect(report.warnings).toEqual([expect.stringMatching(/a\.md:3: title read as "It's"/)])
    expect(report.skipped).toEqual([expect.stringMatching(/b\.md/), expect.stringMatching(/feeds\.md: page slug "feeds"/)])
  })
})
