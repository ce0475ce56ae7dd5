import { describe, expect, it } from 'vitest'
import { FRONT_ENDS, dialectOptions } from './dialect'
import { isAccountName } from './rehype-mentions'
import { renderMarkdown, type RenderOptions } from './render-markdown'

const site = dialectOptions({ author: 'Demo-Author', markdown: { dialect: 'steemit', chain: 'steem' } })
const html = async (markdown: string, options: RenderOptions = site) => (await renderMarkdown(markdown, options)).html
const steemit = (name: string, text = `@${name}`) =>
  `<a href="https://steemit.com/@${name}" rel="noopener noreferrer" target="_blank">${text}</a>`

describe('rehype-mentions (Steemit dialect)', () => {
  it('links a mention to the account on the chain’s front end, keeping the author’s case', async () => {
    expect(await html('thanks @alice and @Bob.Smith!')).toBe(`<p>thanks ${steemit('alice')} and ${steemit('bob.smith', '@Bob.Smith')}!</p>`)
  })

  it('links after CJK text and with a full-width ＠', async () => {
    expect(await html('你好@alice，和＠bob')).toBe(`<p>你好${steemit('alice')}，和${steemit('bob', '＠bob')}</p>`)
  })

  it('leaves e-mail addresses, paths, invalid names and code alone', async () => {
    expect(await html('a@b.com /@alice #@alice @ab @user.co @1abc `@alice`')).toBe(
      '<p><a href="mailto:a@b.com">a@b.com</a> /@alice #@alice @ab @user.co @1abc <code>@alice</code></p>',
    )
    expect(await html('[@alice](https://example.com)')).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer" target="_blank">@alice</a></p>',
    )
  })

  it('links the part of a name before an underscore, and stops before a trailing dot', async () => {
    expect(await html('@user_name @alice.')).toBe(`<p>${steemit('user', '@user')}_name ${steemit('alice')}.</p>`)
  })

  it('finds mentions inside raw HTML text', async () => {
    expect(await html('<div>\nby @alice\n</div>')).toBe(`<div>\nby ${steemit('alice')}\n</div>`)
  })

  it('links the site’s own account to this site', async () => {
    expect(await html('I am @demo-author')).toBe('<p>I am <a href="/">@demo-author</a></p>')
    expect(await html('I am @demo-author', { ...site, basePath: '/@demo' })).toBe('<p>I am <a href="/@demo/">@demo-author</a></p>')
  })

  it('links to Hive when the site says so', async () => {
    const hive = dialectOptions({ author: 'x', markdown: { dialect: 'steemit', chain: 'hive' } })
    expect(await html('@alice', hive)).toContain(`href="${FRONT_ENDS.hive}/@alice"`)
  })

  it('leaves mentions as text in the CommonMark dialect', async () => {
    expect(await html('@alice', { dialect: 'commonmark' })).toBe('<p>@alice</p>')
  })
})

describe('isAccountName (Steem’s validate_account_name)', () => {
  it('accepts 3–16 characters in parts of 3+, letter first, letter or digit last, no --', () => {
    for (const name of ['abc', 'alice', 'bob.smith', 'a-b-c1', 'abcdefghijklmnop']) expect(isAccountName(name)).toBe(true)
    for (const name of ['ab', 'abcdefghijklmnopq', 'user.co', '1abc', 'abc-', 'a--bc', 'ab_c']) expect(isAccountName(name)).toBe(false)
  })
})
