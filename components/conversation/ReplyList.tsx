import type { Chain } from '@/lib/conversation/conversation-file'
import type { RenderedGroup } from '@/lib/conversation/render-thread'
import { siteMessages } from '@/lib/i18n/site-messages'
import { pluralTemplate } from '@/lib/i18n/template'
import { Reply } from './Reply'

const moreText = (count: number) => pluralTemplate(siteMessages.locale, siteMessages.replies.more, count)

/**
 * The replies to the post or to one reply. Those that start collapsed (too
 * deep, or after a long run) are in a closed `<details>`: no script, and the
 * browser opens it by itself for find-in-page and for a link to a reply inside.
 */
export function ReplyList({ group, chain }: { group: RenderedGroup; chain: Chain }) {
  return (
    <>
      {group.shown.length > 0 && (
        <ol>
          {group.shown.map((reply) => (
            <Reply key={reply.key} reply={reply} chain={chain} />
          ))}
        </ol>
      )}
      {group.more && (
        <details className="more" data-reason={group.more.reason}>
          <summary>{moreText(group.more.count)}</summary>
          <ol>
            {group.more.replies.map((reply) => (
              <Reply key={reply.key} reply={reply} chain={chain} />
            ))}
          </ol>
        </details>
      )}
    </>
  )
}
