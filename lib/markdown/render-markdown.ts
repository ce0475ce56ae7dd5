import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Heading } from './heading'
import rehypeCollectHeadings from './rehype-collect-headings'
import rehypeDemoteHeadings from './rehype-demote-headings'
import { sanitizeSchema } from './sanitize-schema'

export interface RenderedMarkdown {
  html: string
  headings: Heading[]
}

/**
 * The one markdown → HTML pipeline. Raw HTML in posts is parsed into the tree
 * (rehype-raw) and then sanitized, so headings written as `<h2>` get ids and
 * TOC entries exactly like `##` headings do.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeDemoteHeadings)
  .use(rehypeSlug)
  .use(rehypeCollectHeadings)
  .use(rehypeAutolinkHeadings, {
    behavior: 'append',
    // Hidden from screen readers: the heading itself is what they announce.
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  })
  .use(rehypeStringify)
  .freeze()

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = processor.processSync(markdown)
  return { html: String(file), headings: file.data.headings ?? [] }
}
