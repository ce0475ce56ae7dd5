import { defaultSchema, type Options } from 'rehype-sanitize'

/** Layout classes Steemit authors use, kept so their posts look as they did. */
const STEEMIT_CLASSES = /^(?:pull-left|pull-right|text-justify|text-center|text-left|text-right|video-link)$/

/**
 * What post HTML may contain. Posts carry HTML written by strangers on
 * Steemit, so this is an allow-list: GitHub's schema (no script, no event
 * handlers, no `style`, forms, `object`/`embed`, SVG or MathML; only http(s)
 * and mailto URLs; author ids prefixed `user-content-` so they cannot clobber
 * the page's own) plus Steemit's vocabulary: `center`, `u`, `small`,
 * `big`, `mark`, `abbr`, `figure`, `figcaption` and its layout classes.
 *
 * Elements whose content is not text for readers are removed with their
 * content; other unknown elements are unwrapped, their text kept.
 */
/** Removed with their content: what they hold is not text for readers. */
export const STRIPPED_ELEMENTS = [
  'script',
  'style',
  'title',
  'template',
  'noscript',
  'textarea',
  'select',
  'button',
  'iframe',
  'object',
  'embed',
  'applet',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'head',
  'svg',
  'math',
]

export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'center',
    'u',
    'small',
    'big',
    'mark',
    'abbr',
    'figure',
    'figcaption',
    'caption',
    'colgroup',
    'col',
  ],
  strip: STRIPPED_ELEMENTS,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ['className', STEEMIT_CLASSES]],
    p: [['className', STEEMIT_CLASSES]],
    span: [['className', STEEMIT_CLASSES]],
    center: [],
    abbr: ['title'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
}
