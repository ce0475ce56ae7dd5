import type { Break, Parent, PhrasingContent, Root, Text } from 'mdast'

/**
 * Every single newline inside a paragraph is a line break, as on Steemit
 * (its Remarkable runs with `breaks: true`): poems, lyrics and posts that
 * alternate a Chinese line with its English translation keep their lines.
 * CommonMark joins such lines into one.
 *
 * Text inside HTML blocks read as markdown (remark-markdown-in-html) is left
 * alone: Remarkable passes HTML blocks through as they are, so their
 * newlines were never breaks on Steemit either. Code and math are not text.
 *
 * Each parent's children are rebuilt once, so the cost is linear in the
 * text however many lines a paragraph has.
 */
export default function remarkLineBreaks() {
  return (tree: Root) => {
    breakLines(tree)
  }
}

function breakLines(parent: Parent): void {
  let changed = false
  const children: Parent['children'] = []
  for (const child of parent.children) {
    if (child.type === 'text' && child.value.includes('\n')) {
      changed = true
      for (const piece of textWithBreaks(child)) children.push(piece)
      continue
    }
    if ('children' in child && child.type !== 'htmlWithMarkdown') breakLines(child as Parent)
    children.push(child)
  }
  if (changed) parent.children = children
}

function textWithBreaks(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const lines = node.value.split('\n')
  lines.forEach((line, index) => {
    if (index > 0) out.push({ type: 'break' } satisfies Break)
    if (line) out.push({ type: 'text', value: line })
  })
  return out
}
