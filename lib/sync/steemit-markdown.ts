/**
 * The two edits the source system made to every post body (steemblog
 * `steem/markdown.py`, `get_steem_markdown`), and the two values it read from
 * the body (`thumbnail`, `position`). Ported rule for rule, with Python's
 * notion of whitespace and word characters, so the bytes match.
 */

/** Python's `\s` on str (JavaScript's differs: it has U+FEFF, lacks U+001C–U+001F and U+0085). */
const PY_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const PY_SPACE_CHAR = new RegExp(`^${PY_SPACE}$`, 'u')
const isPySpace = (char: string) => PY_SPACE_CHAR.test(char)

/**
 * steemblog's REGEX_IMAGE_URL. Its `\b` after the top-level domain is
 * Python's Unicode word boundary, written as a lookahead (JS's `\b` is ASCII).
 */
const IMAGE_URL =
  'https?:\\/\\/(?:www\\.)?[-a-zA-Z0-9@:%._+~#=]{2,256}\\.[a-z]{2,6}(?![\\p{L}\\p{N}_])[-a-zA-Z0-9@:%_+.~#?&/=]*\\.(?:jpg|jpeg|png|gif|svg)'
const BARE_IMAGE = new RegExp(`(${IMAGE_URL})(${PY_SPACE}+)`, 'gu')

/**
 * Characters that make a URL the target of something already (`](url "t")`,
 * `src="url "`, `<url >`). The source system wrapped those too and broke the
 * image (`![a](![](u.jpg) "t")`); we leave them alone (see README).
 */
const TARGET_OPENERS = new Set(['(', '"', "'", '=', '<'])

/** The body as the source system wrote it: bare image URLs become images, tables get room to render. */
export function steemitMarkdown(body: string): string {
  const withImages = body.replace(BARE_IMAGE, (match, url: string, space: string, offset: number) =>
    TARGET_OPENERS.has(body[offset - 1] ?? '') ? match : `![](${url})${space}`,
  )
  return separateTables(withImages)
}

/**
 * steemblog's `re.sub(r"(?P<previous>[^|\s]+\s*[^|\n])\n\|", "\g<previous>\n\n|")`:
 * a table row (`|…`) right after a line of text gets a blank line before it,
 * or Markdown reads it as part of the paragraph. Done by scanning back from
 * each `\n|` instead of with the regex, which backtracks quadratically over a
 * long line without spaces (a Chinese paragraph).
 */
function separateTables(text: string): string {
  let result = ''
  let from = 0
  for (let at = text.indexOf('\n|'); at !== -1; at = text.indexOf('\n|', at + 2)) {
    if (!tableFollowsText(text, at)) continue
    result += `${text.slice(from, at)}\n`
    from = at
  }
  return result + text.slice(from)
}

/** Whether `[^|\s]+\s*[^|\n]` ends right before the `\n` at `newline`. */
function tableFollowsText(text: string, newline: number): boolean {
  const last = text[newline - 1]
  if (last === undefined || last === '|' || last === '\n') return false
  let at = newline - 2
  while (at >= 0 && isPySpace(text[at])) at--
  return at >= 0 && text[at] !== '|'
}

const DEFAULT_POSITION = '9999'

/**
 * `position`: the first `<div position="N">` in the body (Hexo sorts by it
 * before the date), else 9999. A value Python's `int()` refuses gives 9999 too.
 */
export function postPosition(body: string): string {
  const match = /<div\b[^>]*?\sposition(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/i.exec(withoutCode(body))
  if (!match) return DEFAULT_POSITION
  const value = (match[1] ?? match[2] ?? match[3] ?? '').trim()
  if (!/^[+-]?\d+(?:_\d+)*$/.test(value)) return DEFAULT_POSITION
  return BigInt(value.replaceAll('_', '')).toString()
}

/**
 * `thumbnail`: the first image of the body (after the bare-URL edit): a
 * Markdown image or an `<img>`, trimmed, one trailing `)` dropped, entities
 * decoded, as steemblog's `_get_valid_link` did. Unlike the source system (its
 * Markdown library did not look inside HTML blocks), an image inside
 * `<p>…</p>` counts: it is what a reader sees first.
 */
export function firstImage(markdown: string): string | undefined {
  const image = /!\[(?:[^\]\\\n]|\\.)*\]\([ \t]*(?:<([^>\n]*)>|([^\s)]+))|<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(
    withoutCode(markdown),
  )
  if (!image) return undefined
  let url = (image[1] ?? image[2] ?? image[3] ?? image[4] ?? image[5] ?? '').trim()
  if (url.endsWith(')')) url = url.slice(0, -1)
  url = decodeEntities(url)
  return url === '' ? undefined : url
}

/** Code shows markup as text: no image or `<div>` in it is real. Fenced blocks and code spans are blanked. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\2[^\n]*$|(?![\s\S]))/gm, ' ')
    .replace(/`[^`\n]+`/g, ' ')
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? entity
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}
