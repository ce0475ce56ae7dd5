/** A piece of a search snippet: text, and whether it is the matched word. */
export interface ExcerptPart {
  text: string
  match: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Pagefind's excerpt (the post's text, HTML-escaped, with `<mark>` around
 * matches) as plain-text parts to render as React text: nothing in it is ever
 * parsed as HTML, so an author's `<script>` in a snippet is shown, not run.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let match = false
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      match = piece === '<mark>'
      continue
    }
    const text = decodeEntities(piece)
    if (!text) continue
    const last = parts.at(-1)
    if (last && last.match === match) last.text += text
    else parts.push({ text, match })
  }
  return parts
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}
