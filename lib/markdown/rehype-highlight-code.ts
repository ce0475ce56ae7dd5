import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import type { Root } from 'hast'
import { createHighlighter, type Highlighter } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'
import type { VFile } from 'vfile'

const THEMES = { light: 'github-light', dark: 'github-dark' } as const
const TOKENIZE_LINE_LIMIT_MS = 10_000

let highlighter: Promise<Highlighter> | undefined

/**
 * One highlighter per process, starting with no grammar at all: each
 * language is loaded the first time a post uses it. (`@shikijs/rehype`'s
 * default loads all ~200 bundled grammars up front: 11 s per process here.)
 * The JavaScript regex engine needs no WebAssembly.
 */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: Object.values(THEMES),
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  })
  return highlighter
}

/**
 * Code blocks highlighted at build time with shiki: light and dark colours as
 * CSS variables (`--shiki-light`, `--shiki-dark`), no client JavaScript.
 * Unknown languages and blocks without one are set as plain text.
 */
export default function rehypeHighlightCode() {
  return async (tree: Root, file: VFile) => {
    const transform = rehypeShikiFromHighlighter(await getHighlighter(), {
      themes: THEMES,
      defaultColor: false,
      lazy: true,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      // A line's tokenizing stops at this limit and leaves the rest of the line
      // plain. Shiki's default (500 ms) was hit by the first line of each
      // language, while its grammar compiles, and by lines on a loaded build
      // machine: the same post then came out differently from build to build.
      // The limit stays, for a pathological line that would otherwise hang the build.
      tokenizeTimeLimit: TOKENIZE_LINE_LIMIT_MS,
    })
    // Its transformer ignores the callback and returns a promise instead.
    await transform(tree, file, () => {})
  }
}
