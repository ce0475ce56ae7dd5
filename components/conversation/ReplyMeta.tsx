import type { Chain } from '@/lib/conversation/conversation-file'
import { profileUrl } from '@/lib/conversation/front-end'
import type { RenderedReply } from '@/lib/conversation/render-thread'
import { siteMessages } from '@/lib/i18n/site-messages'
import { pluralTemplate } from '@/lib/i18n/template'
import { FormattedDate } from '../FormattedDate'

/**
 * Author (linked to their profile on the chain's front end) and reputation
 * as Steemit shows them, the date (linking to the reply itself), votes and
 * payout. Text runs are built as one string each: a long thread repeats this
 * line hundreds of times, and React separates adjacent text parts with comments.
 */
export function ReplyMeta({ reply, chain }: { reply: RenderedReply; chain: Chain }) {
  // Steemit shows the whole number: 61.9 is (61), -3.2 is (-3).
  const reputation = reply.reputation === undefined ? '' : ` (${Math.trunc(reply.reputation)})`
  const votes = reply.votes ? ` · ${pluralTemplate(siteMessages.locale, siteMessages.replies.votes, reply.votes)}` : ''
  const payout = reply.payout && Number.parseFloat(reply.payout) > 0 ? ` · ${reply.payout}` : ''
  return (
    <p className="meta">
      <a href={profileUrl(chain, reply.author)} className="author">
        {reply.author}
      </a>
      {`${reputation} · `}
      <a href={`#${reply.key}`}>
        <FormattedDate date={reply.created} />
      </a>
      {votes + payout || null}
    </p>
  )
}
