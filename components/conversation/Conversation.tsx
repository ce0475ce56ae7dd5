import type { RenderedThread } from '@/lib/conversation/render-thread'
import { frontEndName, postUrl } from '@/lib/conversation/front-end'
import { siteMessages } from '@/lib/i18n/site-messages'
import { fillTemplate } from '@/lib/i18n/template'
import { FormattedDate } from '../FormattedDate'
import { replyCountText } from './reply-count'
import { ReplyList } from './ReplyList'
import { PAGE_IDS } from '@/lib/page-ids'

/** The id the post header's reply count links to. */
export const REPLIES_ID = PAGE_IDS.replies

/**
 * The conversation under a post, as it was on the chain when it was
 * archived: static HTML, no script. Classes are a few short names styled
 * once in globals.css (`.thread`), since a long thread repeats them hundreds
 * of times.
 */
export function Conversation({ thread }: { thread: RenderedThread }) {
  const where = { where: frontEndName(thread.chain) }
  const t = siteMessages
  return (
    <section id={REPLIES_ID} aria-labelledby={PAGE_IDS.repliesTitle} className="thread">
      <h2 id={PAGE_IDS.repliesTitle}>{thread.count > 0 ? replyCountText(thread.count, t) : t.replies.title}</h2>
      <p className="thread-note">
        {`${thread.count === 0 ? `${t.replies.none} ` : ''}${fillTemplate(t.replies.archived.before, where)}`}
        <FormattedDate date={thread.fetchedAt} />
        {`${fillTemplate(t.replies.archived.after, where)} `}
        <a href={postUrl(thread.chain, thread.post.author, thread.post.permlink)}>
          {fillTemplate(t.replies.replyOn, where)}
        </a>
      </p>
      <ReplyList group={thread.replies} chain={thread.chain} />
    </section>
  )
}
