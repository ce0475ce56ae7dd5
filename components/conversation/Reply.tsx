import type { Chain } from '@/lib/conversation/conversation-file'
import { siteMessages } from '@/lib/i18n/site-messages'
import type { RenderedReply } from '@/lib/conversation/render-thread'
import { ReplyMeta } from './ReplyMeta'
import { ReplyList } from './ReplyList'

/**
 * One reply and the replies to it. A muted reply's body starts hidden behind
 * Steemit's note; a deleted one is a one-line placeholder that keeps its
 * replies in place.
 */
export function Reply({ reply, chain }: { reply: RenderedReply; chain: Chain }) {
  const body = <div className="post-body" dangerouslySetInnerHTML={{ __html: reply.html }} />
  return (
    <li id={reply.deleted ? undefined : reply.key}>
      {reply.deleted ? (
        <p className="deleted">{siteMessages.replies.deleted}</p>
      ) : (
        <>
          <ReplyMeta reply={reply} chain={chain} />
          {reply.muted ? (
            <details className="muted" data-reason={reply.muted}>
              <summary>{siteMessages.replies.muted}</summary>
              {body}
            </details>
          ) : (
            body
          )}
        </>
      )}
      <ReplyList group={reply.replies} chain={chain} />
    </li>
  )
}
