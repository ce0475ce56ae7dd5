import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHAIN_INFO } from './chains'
import { UsageError, parseCli, parseDuration } from './cli-options'

const options = (argv: string[], env: Record<string, string> = {}) => {
  const command = parseCli(argv, env)
  if (command.help) throw new Error('help')
  return command.options
}
const usage = (argv: string[], env: Record<string, string> = {}) => {
  try {
    parseCli(argv, env)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('no usage error')
}

describe('parseCli', () => {
  it('defaults: Steem, the built-in nodes, content/posts/<account>, replies on, a week', () => {
    expect(options(['@iguazi123'])).toEqual({
      account: 'iguazi123',
      chain: 'steem',
      nodes: [...CHAIN_INFO.steem.nodes],
      out: path.resolve('content/posts/iguazi123'),
      full: false,
      replies: true,
      repliesMaxAgeMs: undefined,
      prune: false,
      client: { timeoutMs: 15_000 },
    })
  })

  it('reads every flag', () => {
    expect(
      options(['alice', '--chain', 'hive', '--node', 'https://a.example', '--node', 'http://127.0.0.1:8090/', '--out', 'x/y', '--full', '--no-replies', '--replies-max-age', '12h', '--prune', '--timeout', '2.5']),
    ).toEqual({
      account: 'alice',
      chain: 'hive',
      nodes: ['https://a.example', 'http://127.0.0.1:8090/'],
      out: path.resolve('x/y'),
      full: true,
      replies: false,
      repliesMaxAgeMs: 12 * 3_600_000,
      prune: true,
      client: { timeoutMs: 2500 },
    })
  })

  it('reads the environment when flags are absent (a scheduled job, a Vercel build)', () => {
    const env = { SYNC_ACCOUNT: 'alice', SYNC_CHAIN: 'hive', SYNC_NODES: 'https://a.example, https://b.example', CONTENT_DIR: 'site' }
    expect(options([], env)).toMatchObject({ account: 'alice', chain: 'hive', nodes: ['https://a.example', 'https://b.example'], out: path.resolve('site/posts/alice') })
    expect(options(['bob', '--chain', 'steem'], env)).toMatchObject({ account: 'bob', chain: 'steem' })
  })

  it('says what is wrong in one line', () => {
    expect(usage([])).toBe('which account? Give it as the first argument or in SYNC_ACCOUNT')
    expect(usage(['a', 'b'])).toBe('one account at a time (got a, b)')
    expect(usage(['alice', '--chain', 'eos'])).toBe('unknown chain "eos" (steem or hive)')
    expect(usage(['alice', '--node', 'api.steemit.com'])).toBe('"api.steemit.com" is not an http(s) URL of an API node')
    expect(usage(['alice', '--bogus'])).toBe("Unknown option '--bogus'")
    expect(usage(['alice', '--replies-max-age', 'soon'])).toBe('--replies-max-age takes a duration like 7d, 12h or 30m (got "soon")')
    expect(usage(['alice', '--timeout', '0'])).toBe('--timeout takes seconds between 0 and 600 (got "0")')
  })

  it('asks for help', () => {
    expect(parseCli(['--help'], {})).toEqual({ help: true })
  })
})

describe('parseDuration', () => {
  it('reads days, hours, minutes, seconds, and a bare number of days', () => {
    expect(parseDuration('7d')).toBe(7 * 86_400_000)
    expect(parseDuration('1.5')).toBe(1.5 * 86_400_000)
    expect(parseDuration('30m')).toBe(1_800_000)
    expect(parseDuration('0')).toBe(0)
  })
})
