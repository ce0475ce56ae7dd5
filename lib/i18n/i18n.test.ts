import { describe, expect, it } from 'vitest'
import { en } from './en'
import { messagesFor, UI_LANGUAGES, uiLanguageOf, type Messages } from './index'
import { fillTemplate, pluralTemplate } from './template'

/** Every string of a dictionary with its key path. */
function strings(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : strings(value as Messages, `${prefix}${key}.`),
  )
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('the interface’s dictionaries', () => {
  it('choose a language from Hexo’s tags as authors write them', () => {
    expect(uiLanguageOf('zh-CN')).toBe('zh-CN')
    expect(uiLanguageOf('zh_cn')).toBe('zh-CN')
    expect(uiLanguageOf('zh-Hans')).toBe('zh-CN')
    expect(uiLanguageOf('zh-TW')).toBe('zh-TW')
    expect(uiLanguageOf('zh-Hant-HK')).toBe('zh-TW')
    expect(uiLanguageOf('zh-HK')).toBe('zh-TW')
    expect(uiLanguageOf('ko-KR')).toBe('ko')
    expect(uiLanguageOf('ja')).toBe('ja')
    expect(uiLanguageOf('en-GB')).toBe('en')
    expect(uiLanguageOf('fr')).toBeUndefined()
    expect(messagesFor('fr', 'ko')).toBe(messagesFor('ko'))
  })

  it('are complete: every language has every string, none empty, with English’s placeholders', () => {
    const english = new Map(strings(en))
    for (const language of UI_LANGUAGES) {
      const own = strings(messagesFor(language))
      expect(
        own.map(([key]) => key),
        language,
      ).toEqual([...english.keys()])
      for (const [key, text] of own) {
        if (key === 'license.after' || key.startsWith('replies.archived.')) continue // may be empty: the words go on the other side
        expect(text.trim(), `${language} ${key}`).not.toBe('')
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(english.get(key)!))
      }
    }
  })

  it('speak Icarus’s words where Icarus has them', () => {
    expect(messagesFor('zh-CN').widget.recentPosts).toBe('最新文章')
    expect(messagesFor('zh-CN').toc.title).toBe('目录')
    expect(messagesFor('zh-TW').menu.archives).toBe('彙整')
    expect(messagesFor('ko').backToTop).toBe('맨 위로')
    expect(messagesFor('ja').search.open).toBe('検索')
  })
})

describe('templates', () => {
  it('fill values and pick the plural form of the language', () => {
    expect(fillTemplate('Page {page}', { page: 2 })).toBe('Page 2')
    expect(fillTemplate('{unknown} stays', {})).toBe('{unknown} stays')
    expect(pluralTemplate('en', en.replies.count, 1)).toBe('1 reply')
    expect(pluralTemplate('en', en.replies.count, 1234)).toBe('1,234 replies')
    expect(pluralTemplate('zh-CN', messagesFor('zh-CN').replies.count, 1)).toBe('1 条评论')
    expect(pluralTemplate('en', en.search.found, 3, { query: 'tea' })).toBe('3 results for “tea”')
  })
})
