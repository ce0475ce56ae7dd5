import { loadConversations } from '../conversation/load-conversation'
import { ContentError } from './content-error'
import { loadPages, loadPosts } from './load-posts'

/**
 * Loads and validates every post (and its conversation file) before `next build` compiles anything, so a
 * bad file stops the build with one line naming it, not with a stack trace
 * from a page worker. Other errors are bugs and keep their stack.
 */
export function checkContentOrExit(): void {
  try {
    loadConversations(loadPosts())
    loadPages()
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    console.error(`\nContent error: ${error.message}\n`)
    process.exit(1)
  }
}
