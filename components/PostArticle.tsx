import { siteConfig } from '@/lib/config'
import { messagesForPost } from '@/lib/i18n/site-messages'
import { pluralTemplate } from '@/lib/i18n/template'
import type { TermLink } from '@/lib/post-summary'
import type { SourceNote } from '@/lib/markdown/remark-steemit-source'
import type { TocEntry } from '@/lib/toc'
import { replyCountText } from './conversation/reply-count'
import { CopyCodeListener } from './CopyCodeListener'
import { MobileToc } from './MobileToc'
import { ReadingAids } from './ReadingAids'
import { FormattedDate } from './FormattedDate'
import { TermLinks } from './TermLinks'

/** A post: header, sanitized body, tags and its Steemit source. */
export function PostArticle(props: {
  title: string
  date: Date
  categories: TermLink[]
  tags: TermLink[]
  cover?: string
  html: string
  words: number
  readingMinutes: number
  source?: SourceNote
  toc: TocEntry[]
  /** The post's own language (`lang` front matter), when it differs from the site's. */
  lang?: string
  /** How many replies the conversation under the post shows, and the link to it. */
  replies?: { count: number; href: string }
}) {
  // The words inside the article follow the post's own language (`lang`), as in Icarus.
  const t = messagesForPost(props.lang)
  const { readingTime, readingAids } = siteConfig
  return (
    <article
      lang={props.lang}
      className="min-w-0 sm:rounded-lg sm:border sm:border-stone-200 sm:bg-white sm:p-10 sm:shadow-sm sm:dark:border-stone-800 sm:dark:bg-stone-900"
    >
      <div className="post-measure">
        <header className="mb-8 space-y-3">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-500 dark:text-stone-400">
            <FormattedDate date={props.date} locale={props.lang} />
            <TermLinks label={t.post.categories} terms={props.categories} />
            {readingTime && (
              <span>
                {pluralTemplate(t.locale, t.post.words, props.words)} ·{' '}
                {pluralTemplate(t.locale, t.post.minutes, props.readingMinutes)}
              </span>
            )}
            {props.replies && (
              <a href={props.replies.href} className="hover:text-sky-700 hover:underline dark:hover:text-sky-400">
                {replyCountText(props.replies.count, t)}
              </a>
            )}
          </div>
          <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{props.title}</h1>
          {props.cover && (
            // eslint-disable-next-line @next/next/no-img-element -- remote images of any host; no image optimizer in a static export
            <img src={props.cover} alt="" decoding="async" className="mt-6 w-full rounded" />
          )}
        </header>
        {props.toc.length > 0 && <MobileToc entries={props.toc} strings={t.toc} />}
        <div className="post-body" dangerouslySetInnerHTML={{ __html: props.html }} />
        {(readingAids.backToTop || readingAids.progressBar) && (
          <ReadingAids {...readingAids} backToTopLabel={t.backToTop} />
        )}
        <CopyCodeListener strings={t.code} />
        <footer className="mt-10 space-y-4 border-t border-stone-200 pt-6 text-sm text-stone-500 dark:text-stone-400 dark:border-stone-800">
          <TermLinks label={t.post.tags} terms={props.tags} prefix="#" />
          {props.source && (
            <p className="source-note rounded border-l-4 border-sky-600 bg-stone-100 px-4 py-3 text-stone-700 dark:bg-stone-800 dark:text-stone-300">
              {t.post.source}{' '}
              <a
                href={props.source.url}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-sky-700 hover:underline dark:text-sky-400"
              >
                {props.source.title}
              </a>
            </p>
          )}
        </footer>
      </div>
    </article>
  )
}
