import Link from '@/components/Link'
import { siteImageSrc } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { routes } from '@/lib/routes'
import type { WidgetData } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

type Props = Omit<Extract<WidgetData, { type: 'profile' }>, 'type'>

/** Icarus's profile: avatar, name, title and location, the counts, Follow, and the social links. */
export function ProfileWidget({ name, title, location, avatar, avatarRounded, followLink, links, counts }: Props) {
  const t = siteMessages.widget
  return (
    <WidgetCard title={t.profile}>
      <div className="flex items-center gap-3">
        {avatar ? (
          // eslint-disable-next-line @next/next/no-img-element -- any host; no image optimizer in a static export
          <img
            src={siteImageSrc(avatar)}
            alt=""
            width={48}
            height={48}
            className={`size-12 object-cover ${avatarRounded ? 'rounded-full' : 'rounded'}`}
          />
        ) : (
          <span
            aria-hidden="true"
            className="flex size-12 items-center justify-center rounded-full bg-sky-100 text-lg font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-100"
          >
            {name.slice(0, 1).toUpperCase()}
          </span>
        )}
        <div className="min-w-0">
          <p className="font-medium">{name}</p>
          {location && <p className="text-xs text-stone-600 dark:text-stone-400">{location}</p>}
        </div>
      </div>
      {title && <p className="mt-3 text-stone-600 dark:text-stone-400">{title}</p>}
      <ul className="mt-3 grid grid-cols-3 text-center">
        {[
          [t.posts, counts.posts, routes.archives()] as const,
          [t.categories, counts.categories, routes.categories()] as const,
          [t.tags, counts.tags, routes.tags()] as const,
        ].map(([label, count, href]) => (
          <li key={href}>
            <Link href={href} className="block rounded py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
              <span className="block text-base font-semibold">{count}</span>
              <span className="block text-xs text-stone-600 dark:text-stone-400">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {followLink && (
        <a
          href={followLink}
          rel="me noopener"
          target="_blank"
          className="mt-3 block rounded bg-sky-700 px-3 py-1.5 text-center font-medium text-white hover:bg-sky-800"
        >
          {t.follow}
        </a>
      )}
      {links.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-3">
          {links.map((link) => (
            <li key={`${link.label} ${link.href}`}>
              <a
                href={link.href}
                className="text-sky-700 hover:underline dark:text-sky-400"
                rel="me noopener"
                target="_blank"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </WidgetCard>
  )
}
