import type { ReactNode } from 'react'
import { siteMessages } from '@/lib/i18n/site-messages'
import type { Sidebars } from '@/lib/sidebar'
import { Widget } from './widgets/Widget'
import { PAGE_IDS } from '@/lib/page-ids'

/**
 * The page grid, as in Icarus: main column between optional left and right
 * sidebars. On phones and tablets the sidebars follow the content (DOM order
 * main → left → right), so nothing covers or precedes what is being read.
 */
export function WithSidebars({ sidebars, children }: { sidebars?: Sidebars; children: ReactNode }) {
  const left = sidebars?.left ?? []
  const right = sidebars?.right ?? []
  const columns =
    left.length && right.length
      ? 'lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_15rem]'
      : left.length
        ? 'lg:grid-cols-[15rem_minmax(0,1fr)]'
        : right.length
          ? 'lg:grid-cols-[minmax(0,1fr)_15rem]'
          : ''
  // wrap-anywhere: a long unbroken title or tag name wraps instead of widening a phone's page.
  return (
    <div className={`mx-auto grid w-full max-w-7xl flex-1 gap-8 px-3 py-6 wrap-anywhere sm:px-4 sm:py-8 ${columns}`}>
      <main id={PAGE_IDS.main} tabIndex={-1} className={`min-w-0 outline-none ${left.length ? 'lg:col-start-2' : ''}`}>
        {children}
      </main>
      {left.length > 0 && (
        <Sidebar
          label={siteMessages.sidebar.left}
          sticky={sidebars!.leftSticky}
          className="lg:col-start-1 lg:row-start-1 lg:row-span-2"
        >
          {left}
        </Sidebar>
      )}
      {right.length > 0 && (
        <Sidebar
          label={siteMessages.sidebar.right}
          sticky={sidebars!.rightSticky}
          className={left.length ? 'lg:col-start-2 xl:col-start-3 xl:row-start-1' : 'lg:col-start-2 lg:row-start-1'}
        >
          {right}
        </Sidebar>
      )}
    </div>
  )
}

function Sidebar({
  label,
  sticky,
  className,
  children,
}: {
  label: string
  sticky: boolean
  className: string
  children: Sidebars['left']
}) {
  return (
    <aside aria-label={label} className={`min-w-0 ${className}`}>
      <div
        className={`space-y-6 ${sticky ? 'lg:sticky lg:top-(--reading-line) lg:max-h-[calc(100vh-var(--reading-line))] lg:overflow-y-auto' : 'h-full'}`}
      >
        {children.map((widget) => (
          <Widget key={widget.type} widget={widget} />
        ))}
      </div>
    </aside>
  )
}
