import Link from '@/components/Link'
import { siteMessages } from '@/lib/i18n/site-messages'
import { PAGE_IDS } from '@/lib/page-ids'

export interface PostLink {
  title: string
  href: string
}

/** After a post: the previous and next post, and posts sharing its tags. */
export function PostNavigation({ older, newer, related }: { older?: PostLink; newer?: PostLink; related: PostLink[] }) {
  const t = siteMessages.post
  return (
    <div className="mt-8 space-y-6">
      {(older || newer) && (
        <nav aria-label={t.neighbours} className="grid gap-4 sm:grid-cols-2">
          {newer ? <NavCard label={t.newer} post={newer} rel="next" /> : <span />}
          {older && <NavCard label={t.older} post={older} rel="prev" alignEnd />}
        </nav>
      )}
      {related.length > 0 && (
        <section
          aria-labelledby={PAGE_IDS.relatedPosts}
          className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id={PAGE_IDS.relatedPosts} className="mb-3 font-semibold">
            {t.related}
          </h2>
          <ul className="list-disc space-y-1 ps-5">
            {related.map((post) => (
              <li key={post.href}>
                <Link href={post.href} className="hover:text-sky-700 hover:underline dark:hover:text-sky-400">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function NavCard({ label, post, rel, alignEnd }: { label: string; post: PostLink; rel: string; alignEnd?: boolean }) {
  return (
    <Link
      href={post.href}
      rel={rel}
      className={`block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-sky-600 dark:border-stone-800 dark:bg-stone-900 ${alignEnd ? 'sm:text-right' : ''}`}
    >
      <span className="block text-xs text-stone-500 dark:text-stone-400">{label}</span>
      <span className="font-medium">{post.title}</span>
    </Link>
  )
}
