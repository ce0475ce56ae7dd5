import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { publishedSearchScript, publishSearchIndex, searchIndexFile, searchIndexFiles } from './search-index'

beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'search-'))
  mkdirSync(path.join(root, 'posts'))
  const post = (name: string, fm: string, body: string) =>
    writeFileSync(path.join(root, 'posts', name), `\n---\n${fm}\n---\n\n${body}\n`)
  post('a.md', 'title: 区块链笔记\npermlink: chain\ndate: 2021-01-01\ntags: [cn]', '<p>这是一篇关于区块链的文章。</p>')
  post('b.md', 'title: Second\npermlink: second\ndate: 2020-01-01', 'Plain text.')
  post('c.md', 'title: Hidden\npermlink: hidden\ndate: 2020-01-01\ndraft: true', 'A draft.')
  process.env.CONTENT_DIR = root
})

describe('searchIndexFiles', () => {
  it('indexes the published posts only, into one index for the whole site', async () => {
    const entry = await searchIndexFile('pagefind-entry.json')
    const { languages } = JSON.parse(Buffer.from(entry!.content).toString('utf8'))
    expect(Object.keys(languages)).toEqual(['zh'])
    expect(languages.zh.page_count).toBe(2)
  })

  it('serves what the search needs (script, worker, WebAssembly, index) and none of Pagefind’s own UIs', async () => {
    const paths = (await searchIndexFiles()).map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']))
    expect(paths.some((file) => /^index\/zh_\w+\.pf_index$/.test(file))).toBe(true)
    expect(paths.filter((file) => file.startsWith('fragment/'))).toHaveLength(2)
    expect(paths.filter((file) => /ui|highlight/.test(file))).toEqual([])
    expect(await searchIndexFile('pagefind-ui.js')).toBeUndefined()
  })

  it('publishes every file it serves into the build’s static files, in a folder named by the Pagefind version', async () => {
    const { version } = JSON.parse(readFileSync(path.join('node_modules', 'pagefind', 'package.json'), 'utf8'))
    const folder = `search/pagefind-${version}`
    expect(publishedSearchScript).toBe(`/_next/static/${folder}/pagefind.js`)
    const build = mkdtempSync(path.join(tmpdir(), 'build-'))
    await publishSearchIndex(build)
    const published = path.join(build, 'static', folder)
    const written = readdirSync(published, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(published, path.join(entry.parentPath, entry.name)))
    const files = await searchIndexFiles()
    expect(written.sort()).toEqual(files.map((file) => file.path).sort())
    for (const file of files) expect(readFileSync(path.join(published, file.path))).toEqual(Buffer.from(file.content))
  })
})
