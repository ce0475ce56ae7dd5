import { siteConfig } from './config'
import type { Post } from './content/post'

/**
 * The build's "now", fixed by the first process that loads this — the
 * build's main one, through next.config.ts — and inherited by the workers it
 * starts, so every page of one build agrees on which posts are in the future.
 */
const BUILD_TIME_VARIABLE = 'SITE_BUILD_TIME'
if (!Number(process.env[BUILD_TIME_VARIABLE])) process.env[BUILD_TIME_VARIABLE] = String(Date.now())
const now = Number(process.env[BUILD_TIME_VARIABLE])

/**
 * A post readers see: not a draft, and — with Hexo's `future: false` — not
 * dated after the build (Hexo's default, `future: true`, shows those too).
 */
export function isPublished(post: Post): boolean {
  return !post.draft && (siteConfig.future || post.date.getTime() <= now)
}
