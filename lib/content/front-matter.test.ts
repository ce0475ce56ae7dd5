import { describe, expect, it } from 'vitest'
import { ContentError } from './content-error'
import { lineOfKey, splitFrontMatter } from './front-matter'

describe('splitFrontMatter', () => {
  it('finds front matter after the blank first line the sync tool writes', () => {
    const { data, body } = splitFrontMatter('\n---\ntitle: Hello\n---\n\nBody text\n', 'a.md')
    expect(data).toEqual({ title: 'Hello' })
    expect(body.trim()).toBe('Body text')
  })

  it('accepts a BOM, CRLF line endings and several blank lines', () => {
    const { data, body } = splitFrontMatter('\uFEFF\r\n  \r\n---\r\ntitle: 你好\r\ntags: [a, b]\r\n---\r\nBody\r\n', 'a.md')
    expect(data).toEqual({ title: '你好', tags: ['a', 'b'] })
    expect(body).toBe('Body\n')
  })

  it('never leaks front matter into the body', () => {
    const { body } = splitFrontMatter('\n---\ntitle: x\npermlink: y\n---\nText', 'a.md')
    expect(body).not.toContain('permlink')
  })

  it('treats a file without front matter as all body', () => {
    expect(splitFrontMatter('# Title\n\nText', 'a.md')).toMatchObject({ data: {}, body: '# Title\n\nText' })
  })

  it('does not take a --- inside a fenced code block for front matter', () => {
    const text = '```yaml\n---\ntitle: not front matter\n---\n```\n'
    expect(splitFrontMatter(text, 'a.md')).toMatchObject({ data: {}, body: text })
  })

  it('keeps dates as the text the author wrote', () => {
    expect(splitFrontMatter('---\ndate: 2020-03-28 17:12:42\n---\n', 'a.md').data.date).toBe('2020-03-28 17:12:42')
  })

  it('reports invalid YAML with the file and the line, in one line', () => {
    const text = '\n---\ntitle: ok\ntags: [a,\n  b: c: d\n---\nbody\n'
    expect(() => splitFrontMatter(text, 'posts/bad.md')).toThrowError(ContentError)
    try {
      splitFrontMatter(text, 'posts/bad.md')
    } catch (error) {
      expect((error as Error).message).toMatch(/^posts\/bad\.md:5: invalid YAML front matter: .+$/)
      expect((error as Error).message).not.toContain('\n')
    }
  })

  it('rejects front matter that is not a mapping', () => {
    expect(() => splitFrontMatter('---\n- a\n- b\n---\n', 'list.md')).toThrowError(/^list\.md:2: front matter must be/)
  })

  it('finds the line of a key', () => {
    const split = splitFrontMatter('\n---\ntitle: x\ndate: nope\n---\n', 'a.md')
    expect(lineOfKey(split, 'date')).toBe(4)
    expect(lineOfKey(split, 'missing')).toBeUndefined()
  })
})
