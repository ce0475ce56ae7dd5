import type { MentionTargets } from './rehype-mentions'

/**
 * How a post's markdown is read (`markdown.dialect` in the site config):
 * - `steemit` (the default): as Steemit showed it — a single newline is a
 *   line break, `<br>`, `<hr>` or an inline tag alone on a line does not
 *   swallow the markdown after it (HTML blocks start only at block tags),
 *   and `@account` mentions link to the account;
 * - `commonmark`: plain CommonMark + GFM, for blogs written for Hexo.
 * Both end a bare URL where URL characters end and read `//host` as https.
 */
export type MarkdownDialect = 'steemit' | 'commonmark'

/** The chain a Steem or Hive archive comes from (`markdown.chain`): where mentions and `/@account/…` links go. */
export type Chain = 'steem' | 'hive'

export const FRONT_ENDS: Record<Chain, string> = {
  steem: 'https://steemit.com',
  hive: 'https://hive.blog',
}

export interface DialectOptions {
  dialect?: MarkdownDialect
  mentions?: MentionTargets
}

/**
 * Render options from the site's settings: its dialect, its chain's front
 * end for mentions, and its own account (`author`), whose mentions link to
 * this site's home page instead.
 */
export function dialectOptions(site: {
  author: string
  markdown: { dialect: MarkdownDialect; chain: Chain }
}): Required<DialectOptions> {
  return {
    dialect: site.markdown.dialect,
    mentions: { frontEnd: FRONT_ENDS[site.markdown.chain], ownAccount: site.author.toLowerCase(), ownHref: '/' },
  }
}

/** What a render uses when no options say otherwise. */
export const DEFAULT_DIALECT: Required<DialectOptions> = {
  dialect: 'steemit',
  mentions: { frontEnd: FRONT_ENDS.steem },
}

/** The dialect options a render depends on, as text for cache keys. */
export function dialectKey(options: DialectOptions): string {
  return JSON.stringify([options.dialect ?? DEFAULT_DIALECT.dialect, options.mentions ?? DEFAULT_DIALECT.mentions])
}
