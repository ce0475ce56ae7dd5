import type { Chain } from './conversation-file'

/** Where readers of each chain read and reply: the front end the archive links to. */
const FRONT_ENDS: Record<Chain, { name: string; origin: string }> = {
  steem: { name: 'Steemit', origin: 'https://steemit.com' },
  hive: { name: 'Hive', origin: 'https://hive.blog' },
}

/** "Steemit" or "Hive", for "Reply on …". */
export const frontEndName = (chain: Chain) => FRONT_ENDS[chain].name

/** An account's profile page. */
export const profileUrl = (chain: Chain, account: string) => `${FRONT_ENDS[chain].origin}/@${account}`

/** A post (or reply) page; the front end redirects it to its full URL with the category. */
export const postUrl = (chain: Chain, author: string, permlink: string) =>
  `${FRONT_ENDS[chain].origin}/@${author}/${permlink}`
