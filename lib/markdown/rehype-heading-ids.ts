import { slug } from 'github-slugger'
import type { Element, Root } from 'hast'
import { headingRank } from 'hast-util-heading-rank'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { RESERVED_IDS } from '../page-ids'

/** Longer ids are cut: a 100 KB heading must not become a 100 KB anchor in every TOC link. */
const MAX_ID_LENGTH = 100
/** The id of a heading whose text gives no slug at all (`## 🚀`, `## ...`). */
const FALLBACK = 'section'

/**
 * Runs after rehype-slug, which makes GitHub-style ids from heading text.
 * Every heading ends with an id that is non-empty, unique in the post, and
 * none of the page's own ids; the same post always gets the same ids.
 * - a heading with no letters or digits (emoji, punctuation) gets `section`,
 *   `section-2`, …;
 * - an id clashing with another element's (a sanitized author id, a
 *   footnote) or the page's (`main`) gets `-2`, `-3`, …;
 * - one starting with `_` or `$` gets an `h-` prefix: `__next_f` as an
 *   element id would clobber the global the page's own scripts use.
 */
export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const headings: Element[] = []
    const taken = new Set(RESERVED_IDS)
    visit(tree, 'element', (node: Element) => {
      if (headingRank(node)) headings.push(node)
      else if (typeof node.properties.id === 'string') taken.add(node.properties.id)
    })
    for (const heading of headings) {
      // rehype-slug numbers repeats of an empty slug `-1`, `-2`: those get the fallback too.
      const slugged = typeof heading.properties.id === 'string' && slug(toString(heading)) !== ''
      const base = baseId(slugged ? (heading.properties.id as string) : '')
      let id = base
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
      taken.add(id)
      heading.properties.id = id
    }
  }
}

function baseId(slug: string): string {
  let id = slug.length > MAX_ID_LENGTH ? cutAtCodePoint(slug, MAX_ID_LENGTH).replace(/-+$/, '') : slug
  if (/^[_$]/.test(id)) id = `h-${id}`
  return id || FALLBACK
}

function cutAtCodePoint(text: string, length: number): string {
  const cut = text.slice(0, length)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}
