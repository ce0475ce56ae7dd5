import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from '../content/content-error'
import type { Post } from '../content/post'
import { parseConversationFile, type ConversationFile } from './conversation-file'

/**
 * Where a post's conversation is: `<folder>/_replies/<name>.json` for
 * `<folder>/<name>.md`. Hexo skips `_`-prefixed paths inside `_posts`, so a
 * plain Hexo build of the same folder never sees these files. Relative when
 * the post's path is (it is what messages show).
 */
export function conversationPath(postFile: string): string {
  const name = path.basename(postFile).replace(/\.(md|markdown)$/i, '')
  return path.join(path.dirname(postFile), '_replies', `${name}.json`)
}

const loaded = new Map<string, ConversationFile | undefined>()

/**
 * A post's conversation, read and validated once per process; `undefined`
 * when the post has none (never synced, or synced with `--no-replies`).
 */
export function loadConversation(post: Pick<Post, 'file' | 'permlink'>): ConversationFile | undefined {
  if (loaded.has(post.file)) return loaded.get(post.file)
  const file = conversationPath(post.file)
  // Content is read while pages are generated, never at run time: kept out of file tracing.
  const absolute = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)
  const conversation = existsSync(/*turbopackIgnore: true*/ absolute)
    ? parseConversationFile(readFileSync(/*turbopackIgnore: true*/ absolute, 'utf8'), file)
    : undefined
  if (conversation && post.permlink && conversation.post.permlink !== post.permlink) {
    throw new ContentError(
      file,
      undefined,
      `post.permlink: "${conversation.post.permlink}" is not this post's permlink "${post.permlink}" (${post.file})`,
    )
  }
  loaded.set(post.file, conversation)
  return conversation
}

/** Validates every post's conversation (the build's content check, before pages are generated). */
export function loadConversations(posts: readonly Pick<Post, 'file' | 'permlink'>[]): void {
  for (const post of posts) loadConversation(post)
}
