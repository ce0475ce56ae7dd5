import fc from 'fast-check'
import { dump } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { ContentError } from './content/content-error'
import { normalizePost } from './content/normalize-post'
import { renderMarkdown } from './markdown/render-markdown'
import { buildToc } from './toc'

/**
 * Property tests over what real archives feed the site: any front matter,
 * any Unicode, any nesting of HTML and markdown. Example tests elsewhere pin
 * behaviour; these look for the input nobody thought of.
 */
const FILE = 'posts/2020-01-01_fuzz.md'

/** Text from every plane: astral, right-to-left, combining marks, emoji sequences, controls and lone surrogates. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '区',
      'ب',
      'ש',
      '\u0301',
      '\u200d',
      '👩',
      '🏽',
      '\u202e',
      '\u0000',
      '\uFEFF',
      '\uD800',
      '\uDC00',
      '𝔘',
      '\t',
      ' ',
      '\n',
    ),
    maxLength: 20,
  }),
)

const yamlValue = fc.oneof(
  anyText,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
  fc.array(anyText, { maxLength: 4 }),
  fc.array(fc.array(anyText, { maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(anyText, anyText, { maxKeys: 3 }),
)
const KEYS = [
  'title',
  'permlink',
  'slug',
  'date',
  'updated',
  'categories',
  'tags',
  'thumbnail',
  'toc',
  'catalog',
  'sticky',
  'draft',
  'lang',
  'widgets',
  'sidebar',
]
const frontMatter = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), anyText), yamlValue, { maxKeys: 8 })

function expectContentErrorOrPost(text: string) {
  try {
    const post = normalizePost({ file: FILE, text, modified: new Date(0) }, 'UTC')
    expect(post.slug).not.toBe('')
    expect(post.title).not.toBe('')
    expect(Number.isNaN(post.date.getTime())).toBe(false)
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    expect((error as Error).message.startsWith(FILE)).toBe(true)
    expect((error as Error).message).not.toContain('\n')
  }
}

describe('reading any post file', () => {
  it('gives a post, or a one-line error naming the file', () => {
    fc.assert(
      fc.property(frontMatter, anyText, (data, body) => {
        let yaml: string
        try {
          yaml = dump(data)
        } catch {
          return // not representable as YAML at all
        }
        expectContentErrorOrPost(`\n---\n${yaml}---\n\n${body}`)
      }),
      { numRuns: 400 },
    )
  })

  it('survives front matter that is not YAML at all', () => {
    fc.assert(
      fc.property(anyText, anyText, (yaml, body) => expectContentErrorOrPost(`---\n${yaml}\n---\n${body}`)),
      { numRuns: 400 },
    )
  })
})

/** Pieces of posts as authors (and attackers) write them, nested at random. */
const inline = fc.oneof(
  anyText,
  fc.constantFrom(
    '**bold**',
    '*em*',
    '`code`',
    '[link](https://example.com)',
    '![img](https://example.com/a.png)',
    'https://example.com/b.jpg',
    '@name',
    '~~x~~',
    '<br>',
    '&amp;',
    '&#xD800;',
    '$x^2$',
  ),
)
const hostile = fc.constantFrom(
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<a href="javascript:window.pwned=1">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="window.pwned=1"></svg>',
  '<div style="position:fixed">x</div>',
  '<form action="https://evil.example"><input></form>',
  '<object data="x"></object>',
  '<a href="data:text/html,<script>1</script>">d</a>',
  '<style>body{display:none}</style>',
  '<!-- unclosed comment',
  '<pre>',
  '<scr<script>ipt>alert(1)</script>',
)
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')),
    inline.map((text) => `## ${text}`),
    inline.map((text) => `<h2>${text}</h2>`),
    hostile,
    fc
      .tuple(fc.constantFrom('p', 'div', 'center', 'blockquote', 'details', 'table', 'span', 'li'), tie('block'))
      .map(([tag, inner]) => `<${tag}>\n${inner}\n</${tag}>`),
    tie('block').map((inner) => `- ${inner.replace(/\n/g, '\n  ')}`),
    tie('block').map((inner) => `> ${inner.replace(/\n/g, '\n> ')}`),
    fc.constantFrom('```js\nconst a = "<script>"\n```', '| a | b |\n|---|---|\n| <b>x</b> | y |', '---', '$$\nx\n$$'),
  ),
})).block
const post = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n\n'))
  .map(([blocks, separator]) => blocks.join(separator))

describe('rendering any post body', () => {
  it('gives well-formed, safe HTML with a unique non-empty id on every heading', async () => {
    await fc.assert(
      fc.asyncProperty(post, async (markdown) => {
        const { html: rendered, headings } = await renderMarkdown(markdown)
        // Shiki's colours are our own inline styles, added after sanitizing.
        const html = rendered.replace(/<pre class="shiki[\s\S]*?<\/pre>/g, '<pre></pre>')
        expect(rendered.isWellFormed()).toBe(true)
        expect(html).not.toMatch(/<(script|iframe|object|embed|form|style|svg)\b/i)
        expect(html).not.toMatch(/\son[a-z]+=/i)
        expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i)
        expect(html).not.toMatch(/\sstyle=/i)
        const ids = [...html.matchAll(/<h[1-6][^>]* id="([^"]*)"/g)].map((match) => match[1])
        expect(ids.every(Boolean)).toBe(true)
        expect(new Set(ids).size).toBe(ids.length)
        for (const entry of buildToc(headings, { minDepth: 1, maxDepth: 6, numbered: false })) {
          expect(ids).toContain(entry.id)
        }
      }),
      { numRuns: 250 },
    )
  }, 120_000)
})
