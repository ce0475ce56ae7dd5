import type { LinkConfig, WidgetType } from '../site-config'
import { fields, flag, formatPath, INVALID, isMapping, oneOf, text, wholeNumber, type Rule, type Shape } from './schema'

/** One entry of Icarus's `widgets` list, with the options this site reads for its type. */
export interface WidgetSettings {
  type: WidgetType
  position: 'left' | 'right'
  /** profile */
  author?: string
  author_title?: string
  location?: string
  avatar?: string
  avatar_rounded?: boolean
  follow_link?: string
  social_links?: LinkConfig[]
  /** toc: the deepest heading level listed */
  depth?: number
  /** tags: how many of the most-used tags */
  amount?: number
}

/** Icarus 5's widget names (and the README's `tagcloud`). */
const TYPES: Record<string, WidgetType> = {
  profile: 'profile',
  toc: 'toc',
  recent_posts: 'recent_posts',
  categories: 'categories',
  tags: 'tagcloud',
  tagcloud: 'tagcloud',
  archives: 'archives',
}

/** Icarus 2's, in the source system's generated configs: it had a tag list and a tag cloud, here one cloud. */
const OLD_TYPES: Record<string, WidgetType> = { category: 'categories', archive: 'archives', tag: 'tagcloud' }

const POSITION = oneOf(['left', 'right'] as const)

function optionsOf(type: WidgetType, links: Rule<LinkConfig[]>, image: Rule<string>): Shape {
  switch (type) {
    case 'profile':
      return {
        author: text(),
        author_title: text(),
        location: text(),
        avatar: image,
        avatar_rounded: flag(),
        follow_link: text(),
        social_links: links,
      }
    case 'toc':
      return { depth: wholeNumber(1) }
    case 'tagcloud':
      return { amount: wholeNumber(0) }
    default:
      return {}
  }
}

/**
 * Icarus's `widgets`: a list of `{ type, position, …options }`, in order.
 * Leniently (Hexo's files), widgets this site does not have (`links`,
 * `adsense`, …) are named in one warning and left out.
 */
export function widgetList(links: Rule<LinkConfig[]>, image: Rule<string>): Rule<WidgetSettings[]> {
  const typeNames = Object.keys(TYPES)
  return {
    expected: 'a list of widgets (each with a type and a position)',
    read(value, path, reporter) {
      if (!Array.isArray(value)) {
        reporter.problem(path, `${formatPath(path)} must be ${this.expected}`)
        return INVALID
      }
      const widgets: WidgetSettings[] = []
      const missing: string[] = []
      value.forEach((item, index) => {
        const at = [...path, index]
        if (item === null || item === undefined) return
        const name = isMapping(item) ? item.type : undefined
        const type =
          typeof name === 'string' ? (TYPES[name] ?? (reporter.strict ? undefined : OLD_TYPES[name])) : undefined
        if (!type) {
          if (!reporter.strict && typeof name === 'string') missing.push(name)
          else
            reporter.problem(
              [...at, 'type'],
              `${formatPath([...at, 'type'])} must be one of: ${typeNames.join(', ')} (not ${JSON.stringify(name ?? null)})`,
            )
          return
        }
        const read = fields({ type: text(), position: POSITION, ...optionsOf(type, links, image) }).read(
          item,
          at,
          reporter,
        )
        if (read === INVALID) return
        widgets.push({
          ...(read as Omit<WidgetSettings, 'type' | 'position'>),
          type,
          position: (read.position as WidgetSettings['position']) ?? 'left',
        })
      })
      if (missing.length) {
        reporter.problem(
          path,
          `${formatPath(path)}: ${missing.map((name) => `"${name}"`).join(', ')} ${missing.length === 1 ? 'is not a widget' : 'are not widgets'} this site has (it has: ${typeNames.join(', ')}); left out`,
        )
      }
      return widgets
    },
  }
}
