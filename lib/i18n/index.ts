import { en } from './en'
import { ja } from './ja'
import { ko } from './ko'
import type { Messages } from './messages'
import { zhCN } from './zh-CN'
import { zhTW } from './zh-TW'

export type { Messages, Plural, ReplyMessages, SearchMessages, ThemeMessages, TocMessages } from './messages'
export { fillTemplate, pluralTemplate } from './template'

/** The languages the interface speaks: those Steem's communities write in. */
export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ko', 'ja'] as const

export type UiLanguage = (typeof UI_LANGUAGES)[number]

const DICTIONARIES: Record<UiLanguage, Messages> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko, ja }

/**
 * The interface language for a BCP 47 tag, as Hexo users write them
 * (`zh-CN`, `zh_TW`, `zh-Hant-HK`, `ko-KR`, `ja`); `undefined` when none fits.
 * Traditional-script regions (Taiwan, Hong Kong, Macao) get `zh-TW`.
 */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-')
  switch (parts[0]) {
    case 'en':
      return 'en'
    case 'ko':
      return 'ko'
    case 'ja':
      return 'ja'
    case 'zh':
      return parts.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-TW' : 'zh-CN'
    default:
      return undefined
  }
}

/** The strings for a language tag; `fallback`'s for a language the interface does not speak. */
export function messagesFor(tag: string | undefined, fallback: UiLanguage = 'en'): Messages {
  return DICTIONARIES[(tag && uiLanguageOf(tag)) || fallback]
}
