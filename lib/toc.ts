import type { Heading } from './markdown/heading'

/** One line of a table of contents, ready to render (no logic left for the browser). */
export interface TocEntry {
  id: string
  text: string
  /** 1 for the shallowest level the post uses, 2 below it, … */
  level: number
  /** "1", "1.1", "2" … when the post asks for numbering. */
  number?: string
}

export interface TocOptions {
  minDepth: number
  maxDepth: number
  numbered: boolean
}

/**
 * The TOC of a post from the headings its render recorded. Levels are counted
 * from the ones the post actually uses, so a post that starts at h3 is still
 * numbered 1, 1.1 — and a skipped level (h2 → h4) nests one step, not two.
 */
export function buildToc(headings: readonly Heading[], options: TocOptions): TocEntry[] {
  const shown = headings.filter((h) => h.depth >= options.minDepth && h.depth <= options.maxDepth)
  const depths = [...new Set(shown.map((h) => h.depth))].sort((a, b) => a - b)
  const counters: number[] = []
  const stack: number[] = [] // depths of the open ancestors, shallowest first
  return shown.map((heading) => {
    while (stack.length > 0 && stack[stack.length - 1] >= heading.depth) stack.pop()
    stack.push(heading.depth)
    const level = Math.min(stack.length, depths.indexOf(heading.depth) + 1)
    counters.length = level
    counters[level - 1] = (counters[level - 1] ?? 0) + 1
    for (let i = 0; i < level - 1; i++) counters[i] ??= 1
    return {
      id: heading.id,
      text: heading.text,
      level,
      number: options.numbered ? counters.join('.') : undefined,
    }
  })
}
