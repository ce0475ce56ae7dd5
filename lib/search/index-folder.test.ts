import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeIndexFolder } from './index-folder'

const file = (name: string, text: string) => ({ path: name, content: Buffer.from(text) })
const listed = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()

describe('writeIndexFolder', () => {
  it('writes nested files and leaves no temporary folder behind', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'index-folder-'))
    const folder = path.join(root, 'a', 'b')
    writeIndexFolder(folder, [file('pagefind.js', 'js'), file('fragment/x.pf_fragment', 'f')], 'keep')
    expect(listed(folder)).toEqual(['fragment/x.pf_fragment', 'pagefind.js'])
    expect(readFileSync(path.join(folder, 'pagefind.js'), 'utf8')).toBe('js')
    expect(readdirSync(path.join(root, 'a'))).toEqual(['b'])
  })

  it('keeps the first writer’s folder, or replaces it whole (no stale file survives)', () => {
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'index-folder-')), 'index')
    writeIndexFolder(folder, [file('old.pf_fragment', 'old'), file('pagefind.js', 'first')], 'keep')
    writeIndexFolder(folder, [file('pagefind.js', 'second')], 'keep')
    expect(readFileSync(path.join(folder, 'pagefind.js'), 'utf8')).toBe('first')
    writeIndexFolder(folder, [file('pagefind.js', 'third')], 'replace')
    expect(listed(folder)).toEqual(['pagefind.js'])
    expect(readFileSync(path.join(folder, 'pagefind.js'), 'utf8')).toBe('third')
    expect(existsSync(`${folder}.${process.pid}.tmp`)).toBe(false)
  })
})
