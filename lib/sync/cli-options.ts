import path from 'node:path'
import { parseArgs } from 'node:util'
import { normalizeAccountName } from './account-name'
import { CHAINS, CHAIN_INFO, type Chain } from './chains'
import type { SyncOptions } from './sync-account'

/** A mistake in the command line: printed as one line, with the usage hint. */
export class UsageError extends Error {}

export const USAGE = `usage: npm run sync -- <account> [--chain steem|hive] [--node URL]… [--out DIR] [--full] [--no-replies]
                     [--replies-max-age 7d] [--prune] [--timeout SECONDS]

  <account>            the Steem or Hive account (or SYNC_ACCOUNT)
  --chain steem|hive   which chain (or SYNC_CHAIN; default steem)
  --node URL           an API node; repeat for several (or SYNC_NODES, comma-separated; default: built-in list)
  --out DIR            where the posts go (default: <CONTENT_DIR or content>/posts/<account>)
  --full               fetch every post and reply tree again, whatever changed
  --no-replies         do not sync reply trees
  --replies-max-age T  refresh an unchanged post's replies after T (7d, 12h, 30m; default 7d)
  --prune              delete the files of posts the chain no longer has
  --timeout SECONDS    per request to one node (default 15)`

export type CliCommand = { help: true } | { help: false; options: SyncOptions }

export function parseCli(argv: readonly string[], env: Record<string, string | undefined>): CliCommand {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        chain: { type: 'string' },
        node: { type: 'string', multiple: true },
        out: { type: 'string' },
        full: { type: 'boolean' },
        'no-replies': { type: 'boolean' },
        'replies-max-age': { type: 'string' },
        prune: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    // Node's messages go on about positional arguments; the first sentence is the point.
    throw new UsageError((error as Error).message.split(/\.\s/)[0].replace(/\.$/, ''))
  }
  const { values, positionals } = parsed
  if (values.help) return { help: true }
  if (positionals.length > 1) throw new UsageError(`one account at a time (got ${positionals.join(', ')})`)

  const account = normalizeAccountName(positionals[0] ?? env.SYNC_ACCOUNT ?? '')
  if (account === '') throw new UsageError('which account? Give it as the first argument or in SYNC_ACCOUNT')
  const chain = values.chain ?? (env.SYNC_CHAIN || 'steem')
  if (!CHAINS.includes(chain as Chain)) throw new UsageError(`unknown chain "${chain}" (steem or hive)`)
  const nodes = values.node ?? (env.SYNC_NODES ? env.SYNC_NODES.split(',').map((node) => node.trim()).filter(Boolean) : [...CHAIN_INFO[chain as Chain].nodes])
  for (const node of nodes) {
    let url: URL | undefined
    try {
      url = new URL(node)
    } catch {}
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new UsageError(`"${node}" is not an http(s) URL of an API node`)
  }
  const timeout = values.timeout === undefined ? 15 : Number(values.timeout)
  if (!(timeout > 0 && timeout <= 600)) throw new UsageError(`--timeout takes seconds between 0 and 600 (got "${values.timeout}")`)

  return {
    help: false,
    options: {
      account,
      chain: chain as Chain,
      nodes,
      out: path.resolve(values.out ?? path.join(env.CONTENT_DIR || 'content', 'posts', account)),
      full: values.full ?? false,
      replies: !values['no-replies'],
      repliesMaxAgeMs: values['replies-max-age'] === undefined ? undefined : parseDuration(values['replies-max-age']),
      prune: values.prune ?? false,
      client: { timeoutMs: timeout * 1000 },
    },
  }
}

const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }

/** `7d`, `12h`, `30m`, `45s`, or a bare number of days. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([dhms]?)$/.exec(text.trim())
  if (!match) throw new UsageError(`--replies-max-age takes a duration like 7d, 12h or 30m (got "${text}")`)
  return Number(match[1]) * UNITS[match[2] || 'd']
}
