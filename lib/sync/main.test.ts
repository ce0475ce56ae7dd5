import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { USAGE } from './cli-options'
import { main } from './main'
import { startChainServer, type ChainServer } from './testing/chain-server'
import { DEMO_ACCOUNT, demoDataset } from './testing/demo-dataset'

let server: ChainServer
let root: string
beforeEach(async () => {
  server = await startChainServer(demoDataset('steem'))
  root = mkdtempSync(path.join(tmpdir(), 'sync-cli-'))
})
afterEach(async () => {
  await server.stop()
  rmSync(root, { recursive: true, force: true })
})

async function run(argv: string[], { tty = false, env = {} }: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(
    argv,
    { CONTENT_DIR: path.join(root, 'content'), ...env },
    { stdout: { write: (text) => void (stdout += text) }, stderr: { write: (text) => void (stderr += text) }, isTTY: tty },
    { client: { timeoutMs: 300, backoffMs: 1 } },
  )
  return { code, stdout, stderr }
}

const out = () => path.join(root, 'content', 'posts', DEMO_ACCOUNT)

describe('npm run sync (in process)', () => {
  it('syncs into <CONTENT_DIR>/posts/<account> and prints plain lines and a summary when not on a terminal', async () => {
    const { code, stdout, stderr } = await run([DEMO_ACCOUNT, '--node', server.url])
    expect(code).toBe(0)
    expect(readdirSync(out()).filter((name) => name.endsWith('.md'))).toHaveLength(44)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('@writer on steem: listed 45 posts (2 reblogs left out)')
    expect(lines.filter((line) => line.startsWith('wrote '))).toHaveLength(44)
    expect(lines.at(-1)).toMatch(
      /^@writer on steem: 45 listed, 45 fetched, 44 written, 0 unchanged, 3 skipped \(2 reblogs, 1 deleted\); replies: 44 trees fetched \(13 replies\), 44 written in \d+\.\d s$/,
    )
    expect(stderr).toBe('warning: @writer/listed-but-gone is listed but gone from the chain (deleted?): skipped\n')
    expect(stdout).not.toContain('\r')
  })

  it('draws one progress line on a terminal and leaves only the summary', async () => {
    const { code, stdout, stderr } = await run([DEMO_ACCOUNT, '--node', server.url], { tty: true })
    expect(code).toBe(0)
    expect(stderr).toMatch(/\r\x1b\[2K@writer on steem: listed \d+ · fetched \d+ · written \d+ · unchanged \d+ · skipped \d+/)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('uses SYNC_ACCOUNT and SYNC_NODES, so a scheduled job needs no flags', async () => {
    const { code } = await run([], { env: { SYNC_ACCOUNT: DEMO_ACCOUNT, SYNC_NODES: server.url } })
    expect(code).toBe(0)
    expect(existsSync(out())).toBe(true)
  })

  it.each([
    [['Not_A_Name', '--node', '<ok>'], 1, 'sync: invalid account name "Not_A_Name": names are lower-case\n'],
    [['nobody', '--node', '<ok>'], 1, 'sync: no account @nobody on steem (check the name, or --chain)\n'],
    [[DEMO_ACCOUNT, '--node', '<html>'], 1, 'sync: the node failed for condenser_api.get_accounts: <html>: answered HTML, not JSON-RPC (is this the URL of an API node?)\n'],
    [[DEMO_ACCOUNT, '--chain', 'eos'], 2, 'sync: unknown chain "eos" (steem or hive)\n'],
  ])('answers bad input %j with one line and exit code %i, touching nothing', async (argv, exit, message) => {
    const fill = (text: string) => text.replaceAll('<html>', server.nodes.html).replace('<ok>', server.url)
    const { code, stdout, stderr } = await run(argv.map(fill))
    expect(code).toBe(exit)
    expect(stderr).toBe(exit === 2 ? `${fill(message)}${USAGE.split('\n')[0]}\n` : fill(message))
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(stdout).toBe('')
    expect(existsSync(path.join(root, 'content'))).toBe(false)
  })

  it('names every node when all fail', async () => {
    const { code, stderr } = await run([DEMO_ACCOUNT, '--node', server.nodes.unavailable, '--node', server.nodes.hang])
    expect(code).toBe(1)
    expect(stderr.trimEnd()).toBe(
      `sync: all 2 nodes failed for condenser_api.get_accounts: ${server.nodes.unavailable}: HTTP 503; ${server.nodes.hang}: timed out after 300 ms`,
    )
  })
})

describe('npm run sync (a real process: plain Node with tsx, no Next)', () => {
  it('runs lib/sync/cli.ts and exits 0, then 1 with one line for a bad name', async () => {
    const exec = promisify(execFile)
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
    const env = { ...process.env, CONTENT_DIR: path.join(root, 'content') }
    const ok = await exec(process.execPath, ['--import', 'tsx', cli, DEMO_ACCOUNT, '--node', server.url, '--no-replies'], { env })
    expect(ok.stdout).toMatch(/^@writer on steem: 45 listed, 45 fetched, 44 written/m)
    const bad = await exec(process.execPath, ['--import', 'tsx', cli, 'X'], { env }).catch((error: { code: number; stderr: string }) => error)
    expect(bad).toMatchObject({ code: 1, stderr: 'sync: invalid account name "X": names are 3 to 16 characters long\n' })
  }, 30_000)
})
