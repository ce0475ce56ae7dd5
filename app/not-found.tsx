import Link from 'next/link'
import { WithSidebars } from '@/components/WithSidebars'
import { routes } from '@/lib/routes'

export default function NotFound() {
  return (
    <WithSidebars>
      <div className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-semibold">Page not found</h1>
        <p className="mt-4 text-stone-600 dark:text-stone-400">
          This page does not exist, or it moved. 找不到这个页面。
        </p>
        <p className="mt-6">
          <Link href={routes.home()} className="text-sky-700 hover:underline dark:text-sky-400">
            Back to the home page
          </Link>
        </p>
      </div>
    </WithSidebars>
  )
}
