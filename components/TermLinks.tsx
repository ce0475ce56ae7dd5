import Link from '@/components/Link'
import type { TermLink } from '@/lib/post-summary'

/** Tag or category links; names are rendered as text, never as HTML. */
export function TermLinks({ label, terms, prefix = '' }: { label: string; terms: TermLink[]; prefix?: string }) {
  if (terms.length === 0) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-3 gap-y-1">
      {terms.map((term) => (
        <li key={term.href}>
          <Link href={term.href} className="hover:text-sky-700 hover:underline dark:hover:text-sky-400">
            {prefix}
            {term.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
