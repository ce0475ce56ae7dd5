import { defaultSchema, type Options } from 'rehype-sanitize'

/**
 * What post HTML may contain. Posts carry HTML written by strangers on
 * Steemit, so this is an allow-list: GitHub's schema (no script, no event
 * handlers, no `javascript:` URLs, ids prefixed with `user-content-` so they
 * cannot clobber the page's own).
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
}
