import type { Post } from '../content/post'
import { basePath } from '../deployment'
import { imageSizeOf } from '../image-sizes'
import { dialectOptions } from '../markdown/dialect'
import { resolvePostLink } from '../site-data'
import { siteConfig } from '../config'
import { loadConversation } from './load-conversation'
import { renderThread, type RenderedThread } from './render-thread'
import { buildThread } from './thread'

const threads = new Map<string, Promise<RenderedThread | undefined>>()

/**
 * The conversation shown under a post, rendered with the same options as
 * the post itself (links to archived posts, image sizes, base path); once
 * per process. `undefined` when the post has no conversation file.
 */
export function threadOf(post: Post): Promise<RenderedThread | undefined> {
  let thread = threads.get(post.file)
  if (!thread) {
    const conversation = loadConversation(post)
    thread = conversation
      ? renderThread(buildThread(conversation, siteConfig.replies), {
          resolvePostLink,
          resolveImageSize: imageSizeOf,
          basePath,
          ...dialectOptions(siteConfig),
        })
      : Promise.resolve(undefined)
    threads.set(post.file, thread)
  }
  return thread
}
