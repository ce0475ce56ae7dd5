import type { ReactNode } from 'react'

/** The frame every widget shares: a titled card. */
export function WidgetCard({
  title,
  children,
  className = '',
}: {
  title: string
  children: ReactNode
  className?: string
}) {
  return (
    <section
      aria-label={title}
      className={`rounded-lg wrap-anywhere border border-stone-200 bg-white p-4 text-sm shadow-sm dark:border-stone-800 dark:bg-stone-900 ${className}`}
    >
      <h2 className="mb-3 font-semibold text-stone-900 dark:text-stone-100">{title}</h2>
      {children}
    </section>
  )
}
