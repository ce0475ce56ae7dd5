import type { RenderedThread } from '@/lib/conversation/render-thread'
import { frontEndName, postUrl } from '@/lib/conversation/front-end'
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
  const where = frontEndName(thread.chain)
  return (
    <section id={REPLIES_ID} aria-labelledby={PAGE_IDS.repliesTitle} className="thread">
      <h2 id={PAGE_IDS.repliesTitle}>{thread.count > 0 ? replyCountText(thread.count) : 'Replies'}</h2>
      <p className="thread-note">
        {`${thread.count === 0 ? 'No replies yet. ' : ''}Archived from ${where} on `}
        <FormattedDate date={thread.fetchedAt} />
        {'. '}
        <a href={postUrl(thread.chain, thread.post.author, thread.post.permlink)}>{`Reply on ${where}`}</a>
      </p>
      <ReplyList group={thread.replies} chain={thread.chain} />
    </section>
  )
}
