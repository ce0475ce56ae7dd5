import Link from '@/components/Link'
import { withBasePath } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { WithSidebars } from './WithSidebars'

/**
 * A page that sends the reader on to `to`: in a static export, where no
 * server can answer with a redirect status, an instant meta refresh and a
 * plain link.
 */
export function RedirectPage({ to }: { to: string }) {
  return (
    <WithSidebars>
      {/* React hoists this into <head>: static hosts cannot send a 301. */}
      <meta httpEquiv="refresh" content={`0; url=${withBasePath(to)}`} />
      <p className="py-16 text-center">
        {siteMessages.post.moved} <Link href={to}>{to}</Link>
      </p>
    </WithSidebars>
  )
}
