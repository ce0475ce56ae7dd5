import Link from 'next/link'
import { routes } from '@/lib/routes'
import type { WidgetData } from '@/lib/sidebar'
import { WidgetCard } from './WidgetCard'

type Props = Omit<Extract<WidgetData, { type: 'profile' }>, 'type'>

export function ProfileWidget({ name, avatar, bio, links, counts }: Props) {
  return (
    <WidgetCard title="Author">
      <div className="flex items-center gap-3">
        {avatar ? (
          // eslint-disable-next-line @next/next/no-img-element -- any host; no image optimizer in a static export
          <img src={avatar} alt="" width={48} height={48} className="size-12 rounded-full object-cover" />
        ) : (
          <span
            aria-hidden="true"
            className="flex size-12 items-center justify-center rounded-full bg-sky-100 text-lg font-semibold text-sky-800 dark:bg-sky-900 dark:text-sky-100"
          >
            {name.slice(0, 1).toUpperCase()}
          </span>
        )}
        <p className="font-medium">{name}</p>
      </div>
      <p className="mt-3 text-stone-600 dark:text-stone-400">{bio}</p>
      <ul className="mt-3 grid grid-cols-3 text-center">
        {[
          ['Posts', counts.posts, routes.archives()] as const,
          ['Categories', counts.categories, routes.categories()] as const,
          ['Tags', counts.tags, routes.tags()] as const,
        ].map(([label, count, href]) => (
          <li key={label}>
            <Link href={href} className="block rounded py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
              <span className="block text-base font-semibold">{count}</span>
              <span className="block text-xs text-stone-600 dark:text-stone-400">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {links.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-3">
          {links.map((link) => (
            <li key={link.href}>
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
