import fc from 'fast-check'
import matter from 'gray-matter'
import { CORE_SCHEMA, load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chainPost, type ChainPost } from './chain-post'
import { renderPostFile } from './post-file'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** Front matter as the site reads it: gray-matter with js-yaml's core schema, after the leading blank line. */
function frontMatter(text: string): Record<string, unknown> {
  const utf8 = Buffer.from(text, 'utf8').toString('utf8')
  return matter(utf8.replace(/^\n/, ''), { engines: { yaml: (yaml) => load(yaml, { schema: CORE_SCHEMA }) as object } }).data
}

const post = (fields: Partial<ChainPost> = {}): ChainPost => ({
  author: 'writer',
  permlink: 'a-post',
  title: 'A post',
  body: 'Hello.',
  created: '2021-05-06T07:08:09',
  category: 'life',
  json_metadata: '{"tags":["life","photo"]}',
  ...fields,
})

describe('renderPostFile', () => {
  it('reproduces the source system’s file byte for byte from the chain object (get_content)', () => {
    const chainObject: unknown = JSON.parse(fixture('7f2ija.get_content.json'))
    const file = renderPostFile(chainPost(chainObject)!, 'steem')
    expect(file.name).toBe('2020-03-28_7f2ija.md')
    expect(Buffer.from(file.text, 'utf8').equals(Buffer.from(fixture('2020-03-28_7f2ija.md'), 'utf8'))).toBe(true)
  })

  it('reads bridge-shaped metadata (an object) the same as condenser’s string', () => {
    const fromString = renderPostFile(post(), 'steem').text
    expect(renderPostFile(post({ json_metadata: { tags: ['life', 'photo'] } }), 'steem').text).toBe(fromString)
  })

  it('links the footer to the chain’s front end', () => {
    expect(renderPostFile(post(), 'steem').text).toMatch(/\['A post'\]\(https:\/\/steemit\.com\/@writer\/a-post\)\n$/)
    expect(renderPostFile(post(), 'hive').text).toMatch(/\['A post'\]\(https:\/\/hive\.blog\/@writer\/a-post\)\n$/)
  })

  it('writes None for a post without an image, and its position from <div position>', () => {
    const text = renderPostFile(post({ body: '<div position="2"></div>\nNo pictures.' }), 'steem').text
    expect(text).toContain('\nposition: 2\n')
    expect(text).toContain('\nthumbnail: None\n')
    expect(frontMatter(text).thumbnail).toBe('None')
  })

  it('quotes what the source system broke, and nothing else', () => {
    const text = renderPostFile(
      post({ title: 'Line one\nline two', permlink: '2020', json_metadata: '{"tags":["yes","2020","ok"]}' }),
      'steem',
    ).text
    expect(text).toContain('title: "Line one\\nline two"\n')
    expect(text).toContain("permlink: '2020'\n")
    expect(text).toContain("categories:\n- 'yes'\ntags:\n- 'yes'\n- '2020'\n- ok\n")
    expect(text).toContain("This page is synchronized from the post: ['Line one line two'](")
    expect(frontMatter(text)).toMatchObject({ title: 'Line one\nline two', permlink: '2020', categories: ['yes'], tags: ['yes', '2020', 'ok'] })
  })

  it('keeps a footer link whole when the title has brackets', () => {
    const text = renderPostFile(post({ title: '[Notes] a\\b' }), 'steem').text
    expect(text).toContain("title: '[Notes] a\\b'\n")
    expect(text).toContain("post: ['\\[Notes\\] a\\\\b'](https://steemit.com/@writer/a-post)\n")
  })

  it('falls back to the chain category when the metadata has no tags (the source system crashed)', () => {
    expect(frontMatter(renderPostFile(post({ json_metadata: '{}' }), 'steem').text)).toMatchObject({ categories: ['life'], tags: ['life'] })
    expect(frontMatter(renderPostFile(post({ json_metadata: 'not json', category: '' }), 'steem').text)).toMatchObject({
      categories: [],
      tags: [],
    })
    expect(frontMatter(renderPostFile(post({ json_metadata: '{"tags":"one two"}' }), 'steem').text)).toMatchObject({ tags: ['one', 'two'] })
  })

  it('writes front matter that reads back as the chain’s values, whatever they are', () => {
    const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('yes', 'no', '2020', '~', 'null', "it's", 'a: b', '#x', '- y'))
    const permlink = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/)
    fc.assert(
      fc.property(value, permlink, fc.array(value, { minLength: 1, maxLength: 4 }), (title, link, tags) => {
        const usable = tags.filter((tag) => tag.trim() !== '')
        fc.pre(usable.length > 0 && usable.every((tag) => tag === tag.trim()))
        const data = frontMatter(renderPostFile(post({ title, permlink: link, json_metadata: { tags } }), 'steem').text)
        expect(data.title).toBe(title)
        expect(data.permlink).toBe(link)
        expect(data.tags).toEqual(usable)
        expect(data.categories).toEqual(usable.slice(0, 1))
        expect(data.date).toBe('2021-05-06 07:08:09')
      }),
      { numRuns: 300 },
    )
  })
})
