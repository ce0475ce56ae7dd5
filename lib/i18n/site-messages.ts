import { siteConfig } from '../config'
import { messagesFor, type Messages } from './index'

/** The interface's words in the site's interface language (`ui_language`, else `language`). */
export const siteMessages: Messages = messagesFor(siteConfig.uiLanguage)

/**
 * The words inside one post's article: its own `lang` when the interface
 * speaks it, else the site's. Hexo and Icarus do the same with a page's `lang`.
 */
export function messagesForPost(lang: string | undefined): Messages {
  return lang ? messagesFor(lang, siteConfig.uiLanguage) : siteMessages
}
