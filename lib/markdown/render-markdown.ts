import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeExternalLinks from 'rehype-external-links'
import rehypeKatex from 'rehype-katex'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Heading } from './heading'
import { boundParagraphs, remarkJoinBoundedParagraphs } from './bounded-paragraphs'
import { DEFAULT_DIALECT, type DialectOptions, type MarkdownDialect } from './dialect'
import remarkParseInChunks from './parse-in-chunks'
import rehypeBasePath from './rehype-base-path'
import rehypeCollectHeadings from './rehype-collect-headings'
import rehypeCopyButtons from './rehype-copy-buttons'
import rehypeDemoteHeadings from './rehype-demote-headings'
import rehypeDropSpacers from './rehype-drop-spacers'
import rehypeFragmentLinks from './rehype-fragment-links'
import rehypeHeadingIds from './rehype-heading-ids'
import rehypeHighlightCode from './rehype-highlight-code'
import rehypeImages, { type ImageSizeResolver } from './rehype-images'
import rehypeMentions from './rehype-mentions'
import rehypePostLinks, { type PostLinkResolver } from './rehype-post-links'
import rehypePrefixIds from './rehype-prefix-ids'
import rehypeProtocolRelative from './rehype-protocol-relative'
import rehypeSummary, { type PostSummaryText } from './rehype-summary'
import rehypeVideoEmbeds from './rehype-video-embeds'
import remarkBareUrlEnds from './remark-bare-url-ends'
import remarkLineBreaks from './remark-line-breaks'
import remarkLooseImages from './remark-loose-images'
import remarkMarkdownInHtml, { htmlWithMarkdownHandler, rehypeUnwrapHtmlWithMarkdown } from './remark-markdown-in-html'
import remarkSteemitHtmlBlocks from './remark-steemit-html-blocks'
import remarkSteemitSource, { type SourceNote } from './remark-steemit-source'
import { sanitizeSchema } from './sanitize-schema'

export interface RenderedMarkdown {
  html: string
  headings: Heading[]
  summary: PostSummaryText
  /** The Steemit post this one was synchronized from, taken out of the body. */
  source?: SourceNote
}

/**
 * The one markdown → HTML pipeline, in three stages:
 * 1. markdown as Steemit reads it: GFM, CJK-friendly emphasis, math,
 *    markdown inside HTML blocks, loose images, bare URLs that end where
 *    URL characters end; the sync footer comes out. The Steemit dialect
 *    (dialect.ts) adds line breaks at single newlines and HTML blocks that
 *    start only at block tags;
 * 2. raw HTML parsed into the tree and sanitized (everything before this
 *    point is untrusted; video iframes become links first);
 * 3. our own markup, added after sanitizing: `//host` URLs as https,
 *    mentions (Steemit dialect), heading ids and anchors, image links, KaTeX
 *    (MathML, no CSS or fonts), shiki colours, copy buttons.
 */
function createProcessor(dialect: MarkdownDialect) {
  const steemit = dialect === 'steemit'
  return (
    unified()
      .use(remarkParse)
      .use(remarkParseInChunks)
      .use(steemit ? [remarkSteemitHtmlBlocks] : [])
      .use(remarkGfm)
      .use(remarkCjkFriendly)
      .use(remarkCjkFriendlyGfmStrikethrough)
      .use(remarkMath)
      .use(remarkJoinBoundedParagraphs)
      .use(remarkMarkdownInHtml)
      .use(steemit ? [remarkLineBreaks] : [])
      .use(remarkBareUrlEnds)
      .use(remarkSteemitSource)
      .use(remarkLooseImages)
      // Footnote ids are prefixed once, by the sanitizer (see rehype-fragment-links).
      .use(remarkRehype, {
        allowDangerousHtml: true,
        clobberPrefix: '',
        handlers: { htmlWithMarkdown: htmlWithMarkdownHandler },
      })
      .use(rehypeUnwrapHtmlWithMarkdown)
      .use(rehypeRaw)
      .use(rehypeSummary)
      .use(rehypeVideoEmbeds)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeProtocolRelative)
      .use(steemit ? [rehypeMentions] : [])
      .use(rehypeFragmentLinks)
      .use(rehypeDropSpacers)
      .use(rehypeDemoteHeadings)
      .use(rehypeSlug)
      .use(rehypeHeadingIds)
      .use(rehypeCollectHeadings)
      .use(rehypeAutolinkHeadings, {
        behavior: 'append',
        // Hidden from screen readers: the heading itself is what they announce.
        properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
        content: { type: 'text', value: '#' },
      })
      .use(rehypeImages)
      .use(rehypePostLinks)
      .use(rehypeBasePath)
      .use(rehypeExternalLinks, { target: '_blank', rel: ['noopener', 'noreferrer'] })
      .use(rehypeKatex, { output: 'mathml', strict: 'ignore' })
      .use(rehypeHighlightCode)
      .use(rehypeCopyButtons)
      .use(rehypePrefixIds)
      .use(rehypeStringify)
      .freeze()
  )
}

const processors: Record<MarkdownDialect, ReturnType<typeof createProcessor>> = {
  steemit: createProcessor('steemit'),
  commonmark: createProcessor('commonmark'),
}

export interface RenderOptions extends DialectOptions {
  /** Maps links to Steemit posts onto this archive's pages. */
  resolvePostLink?: PostLinkResolver
  /** Prefixed to root-relative links and images (`BASE_PATH`). */
  basePath?: string
  /** Pixel sizes of post images (lib/image-sizes.ts), for width/height. */
  resolveImageSize?: ImageSizeResolver
  /** Prefixed to every id and the links to them, for HTML shown inside another page (a reply under its post). */
  idPrefix?: string
}

export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  const file = await processors[options.dialect ?? DEFAULT_DIALECT.dialect].process({
    // A lone surrogate (from a string, never from a UTF-8 file) would make the HTML invalid UTF-8.
    value: boundParagraphs(markdown.toWellFormed()),
    data: {
      resolvePostLink: options.resolvePostLink,
      resolveImageSize: options.resolveImageSize,
      basePath: options.basePath,
      idPrefix: options.idPrefix,
      mentions: options.mentions ?? DEFAULT_DIALECT.mentions,
    },
  })
  return {
    html: String(file),
    headings: file.data.headings ?? [],
    summary: file.data.summary!,
    source: file.data.source,
  }
}
