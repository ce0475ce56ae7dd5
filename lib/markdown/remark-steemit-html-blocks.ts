import type { Processor } from 'unified'
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types'

/**
 * Where Steemit starts an HTML block, and where CommonMark does too.
 *
 * CommonMark starts one at a line holding nothing but a tag of any name
 * (its rule 7), and at a line opening a listed block element (rule 6);
 * either runs to the next blank line, and no markdown is read inside. So
 * `<br/>` alone on a line, the way Steemit authors space sections, swallows
 * the `## heading` or the code fence right under it as literal text.
 *
 * Steemit's Remarkable starts an HTML block only at a tag of its own list
 * of block elements (lib/common/html_blocks.js in remarkable 1.x, names
 * of letters only, followed by a space, `/` or `>`) and at `<!` / `<?`.
 * Everything else — `<br>`, `<span>`, `<img>`, `<a>`, `<center>`, `<h2>` —
 * is inline HTML in a paragraph, which a heading or a fence on the next
 * line ends. This extension makes micromark do the same: CommonMark's HTML
 * block is tried only where Remarkable would start one.
 *
 * One deliberate difference: `<hr>` does not start a block here (Remarkable
 * lists it). It has no content, so the only thing a block starting there
 * can hold is the markdown after it, which Steemit then showed as text.
 */
export const REMARKABLE_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'button',
  'blockquote',
  'body',
  'canvas',
  'caption',
  'col',
  'colgroup',
  'dd',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'iframe',
  'li',
  'map',
  'object',
  'ol',
  'output',
  'p',
  'pre',
  'progress',
  'script',
  'section',
  'style',
  'table',
  'tbody',
  'td',
  'textarea',
  'tfoot',
  'th',
  'tr',
  'thead',
  'ul',
  'video',
])

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    steemitHtmlFlowCheck: 'steemitHtmlFlowCheck'
  }
}

/** The construct's name, so the inline-only reading (remark-markdown-in-html) can turn it off like `htmlFlow`. */
export const STEEMIT_HTML_FLOW = 'steemitHtmlFlow'

const LESS_THAN = 60
const EXCLAMATION_MARK = 33
const QUESTION_MARK = 63
const SLASH = 47
const GREATER_THAN = 62
/** Remarkable's tag names: `[a-zA-Z]{1,15}`. */
const MAX_NAME = 15

const isAsciiLetter = (code: Code) => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122))
/** What may follow the name in Remarkable's tag test (`[\s\/>]` within the line). */
const endsName = (code: Code) => code === 32 || code === 9 || code === SLASH || code === GREATER_THAN

/** At `<`: succeeds where Remarkable starts an HTML block. Only looks; consumes nothing for good. */
const remarkableBlockStart: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    let name = ''
    const start: State = (code) => {
      if (code !== LESS_THAN) return nok(code)
      effects.enter('steemitHtmlFlowCheck')
      effects.consume(code)
      return afterLessThan
    }
    const afterLessThan: State = (code) => {
      if (code === EXCLAMATION_MARK || code === QUESTION_MARK) return done(code)
      if (code === SLASH) {
        effects.consume(code)
        return nameStart
      }
      return nameStart(code)
    }
    const nameStart: State = (code) => (isAsciiLetter(code) ? inName(code) : nok(code))
    const inName: State = (code) => {
      if (isAsciiLetter(code) && name.length < MAX_NAME + 1) {
        name += String.fromCharCode(code!)
        effects.consume(code)
        return inName
      }
      return name.length <= MAX_NAME && endsName(code) && REMARKABLE_BLOCK_TAGS.has(name.toLowerCase())
        ? done(code)
        : nok(code)
    }
    const done: State = (code) => {
      effects.exit('steemitHtmlFlowCheck')
      return ok(code)
    }
    return start
  },
}

/** CommonMark's own HTML (flow) construct, found among the parser's constructs (it is disabled by name below). */
function commonmarkHtmlFlow(context: TokenizeContext): Construct {
  const constructs = ([] as Construct[]).concat(context.parser.constructs.flow[LESS_THAN] ?? [])
  const htmlFlow = constructs.find((construct) => construct.name === 'htmlFlow')
  if (!htmlFlow) throw new Error('micromark has no htmlFlow construct')
  return htmlFlow
}

const steemitHtmlFlow: Construct = {
  name: STEEMIT_HTML_FLOW,
  // As CommonMark's: no lazy lines in it, and its line prefix is its own.
  concrete: true,
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const htmlFlow = commonmarkHtmlFlow(this)
    const commonmark = htmlFlow.tokenize.call(this, effects, ok, nok)
    return effects.check(remarkableBlockStart, commonmark, nok)
  },
  resolveTo(events, context) {
    return commonmarkHtmlFlow(context).resolveTo!(events, context)
  },
}

export const steemitHtmlBlocks: Extension = {
  disable: { null: ['htmlFlow'] },
  flow: { [LESS_THAN]: steemitHtmlFlow },
}

/** remark plugin: HTML blocks start where Steemit starts them (see above). */
export default function remarkSteemitHtmlBlocks(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(steemitHtmlBlocks)
}
