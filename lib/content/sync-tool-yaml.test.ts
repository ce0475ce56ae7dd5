import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from './front-matter'
import { meantText } from './sync-tool-yaml'

/** A file as the sync tool wrote it: blank first line, then its front matter. */
const file = (yaml: string) => `\n---\n${yaml}\n---\n\n\nBody\n`

describe('the sync tool’s YAML quirks', () => {
  it('reads a backslash-escaped quote in single quotes (its early versions), naming the line', () => {
    const { data, repairs } = splitFrontMatter(file("title: 'Let\\'s go: it\\'s \\'done\\''\npermlink: lets-go"), 'a.md')
    expect(data.title).toBe("Let's go: it's 'done'")
    expect(data.permlink).toBe('lets-go')
    expect(repairs).toEqual([{ line: 3, key: 'title', value: "Let's go: it's 'done'" }])
  })

  it('reads a double-quoted title with raw backslashes (before 2019-06-04) as written', () => {
    expect(splitFrontMatter(file('title: "C:\\Users\\steem and \\q"'), 'a.md').data.title).toBe('C:\\Users\\steem and \\q')
  })

  it('reads an unquoted title or thumbnail that YAML cannot read as the text it is', () => {
    const { data, repairs } = splitFrontMatter(file('title: Part 1: the start\nthumbnail: @home/a.jpg'), 'a.md')
    expect(data).toMatchObject({ title: 'Part 1: the start', thumbnail: '@home/a.jpg' })
    expect(repairs.map((repair) => repair.line)).toEqual([3, 4])
  })

  it('reads unquoted tags and categories that YAML cannot read as the text the author typed', () => {
    const { data } = splitFrontMatter(file('categories:\n- @kr\ntags:\n- *star\n- `tick`\n- fine'), 'a.md')
    expect(data.categories).toEqual(['@kr'])
    expect(data.tags).toEqual(['*star', '`tick`', 'fine'])
  })

  it('keeps tags, categories and titles as typed: yes, no, null, 1.0, 0x1F stay text', () => {
    const { data, repairs } = splitFrontMatter(
      file('title: 1.0\ncategories:\n- no\ntags:\n- yes\n- null\n- 1.0\n- 0x1F\n- 2020\n- ~\ntoc: true\nsticky: 2'),
      'a.md',
    )
    expect(data).toMatchObject({ title: '1.0', categories: ['no'], tags: ['yes', 'null', '1.0', '0x1F', '2020', '~'] })
    // Other keys keep their types.
    expect(data).toMatchObject({ toc: true, sticky: 2 })
    expect(repairs).toEqual([]) // valid YAML: nothing to recover
  })

  it('leaves valid quoting alone, and a list of category paths a list', () => {
    const { data, repairs } = splitFrontMatter(file("title: 'C:\\'\ntags: [a, b]\ncategories:\n- [tech, rust]\n- notes"), 'a.md')
    expect(data).toMatchObject({ title: 'C:\\', tags: ['a', 'b'], categories: [['tech', 'rust'], 'notes'] })
    expect(repairs).toEqual([])
  })

  it('still fails, with the file and line, on YAML the sync tool never wrote', () => {
    expect(() => splitFrontMatter(file("title: 'Let\\'s go'\nsidebar: [a,\n  b: c: d"), 'posts/bad.md')).toThrowError(
      /^posts\/bad\.md:\d+: invalid YAML front matter: /,
    )
    expect(() => splitFrontMatter(file('description: Part 1: start'), 'posts/bad.md')).toThrowError(/^posts\/bad\.md:3: /)
  })
})

describe('meantText', () => {
  it('reads each quoting the tool used', () => {
    expect(meantText("'It\\'s'")).toBe("It's")
    expect(meantText("'It''s'")).toBe("It's")
    expect(meantText('"C:\\x"')).toBe('C:\\x')
    expect(meantText("'unclosed")).toBe('unclosed')
    expect(meantText('plain: text')).toBe('plain: text')
  })
})
