import Link from '@/components/Link'
import { WithSidebars } from '@/components/WithSidebars'
import { siteMessages } from '@/lib/i18n/site-messages'
import { routes } from '@/lib/routes'

export default function NotFound() {
  const t = siteMessages.notFound
  return (
    <WithSidebars>
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-semibold">{t.title}</h1>
        <p className="mt-4 text-stone-600 dark:text-stone-400">{t.text}</p>
        <p className="mt-6">
          <Link href={routes.home()} className="text-sky-700 hover:underline dark:text-sky-400">
            {t.home}
          </Link>
        </p>
      </div>
    </WithSidebars>
  )
}
