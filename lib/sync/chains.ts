export type Chain = 'steem' | 'hive'

export const CHAINS: readonly Chain[] = ['steem', 'hive']

interface ChainInfo {
  /** Public API nodes (research: steemit/devportal `steemd_nodes.md`, openhive-network/devportal `hive_full_nodes.md`). */
  nodes: readonly string[]
  /** The front end a post's footer and replies link to. */
  frontEnd: string
}

/**
 * The built-in node lists, most established first. Several per chain: public
 * nodes come and go, and the client fails over from one to the next.
 */
export const CHAIN_INFO: Record<Chain, ChainInfo> = {
  steem: {
    nodes: ['https://api.steemit.com', 'https://api.justyy.com', 'https://api.steem.fans', 'https://steem.61bts.com', 'https://api.steemitdev.com'],
    frontEnd: 'https://steemit.com',
  },
  hive: {
    nodes: ['https://api.hive.blog', 'https://api.openhive.network', 'https://anyx.io', 'https://api.deathwing.me', 'https://rpc.mahdiyari.info', 'https://techcoderx.com'],
    frontEnd: 'https://hive.blog',
  },
}

/** A post's page on its chain's front end (the footer's link; Steemit redirects it to the URL with the category). */
export const postPageUrl = (chain: Chain, author: string, permlink: string) => `${CHAIN_INFO[chain].frontEnd}/@${author}/${permlink}`
