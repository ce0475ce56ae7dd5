import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChainAnswerError, NodesFailedError, RpcClient, SyncAborted, type NodeFailure, type RpcClientOptions } from './rpc-client'
import { startChainServer, type ChainServer } from './testing/chain-server'
import { demoDataset } from './testing/demo-dataset'

let server: ChainServer
beforeEach(async () => {
  server = await startChainServer(demoDataset('steem'))
})
afterEach(() => server.stop())

/** A client with short timeouts and no real pauses, logging failures. */
function client(nodes: string[], options: Partial<RpcClientOptions> = {}) {
  const failures: NodeFailure[] = []
  const rpc = new RpcClient({ nodes, timeoutMs: 300, backoffMs: 1, random: () => 0, onNodeFailure: (f) => failures.push(f), ...options })
  return { rpc, failures }
}

const getContent = (rpc: RpcClient, permlink = 'note-10') => rpc.call<{ permlink: string }>('condenser_api.get_content', ['writer', permlink])

describe('RpcClient', () => {
  it('calls a method and returns its result', async () => {
    const { rpc, failures } = client([server.url])
    expect((await getContent(rpc)).permlink).toBe('note-10')
    expect(failures).toEqual([])
    expect(server.requests).toEqual([{ node: '/', method: 'condenser_api.get_content', params: ['writer', 'note-10'] }])
  })

  it('fails over past a node that answers 503, one that hangs and one that answers HTML, and names why', async () => {
    const { rpc, failures } = client([server.nodes.unavailable, server.nodes.hang, server.nodes.html, server.url])
    expect((await getContent(rpc)).permlink).toBe('note-10')
    expect(failures.map((f) => [f.node, f.problem, f.kind])).toEqual([
      [server.nodes.unavailable, 'HTTP 503', 'transient'],
      [server.nodes.hang, 'timed out after 300 ms', 'transient'],
      [server.nodes.html, 'answered HTML, not JSON-RPC (is this the URL of an API node?)', 'broken'],
    ])
  })

  it('starts the next call at the node that answered last, and never asks a broken node again', async () => {
    const { rpc } = client([server.nodes.html, server.nodes.unavailable, server.url])
    await getContent(rpc)
    await getContent(rpc)
    expect(server.requests.map((r) => r.node)).toEqual(['/html', '/503', '/', '/'])
  })

  it('fails over on 429 and on a JSON-RPC server error', async () => {
    const { rpc, failures } = client([server.nodes['rate-limited'], server.nodes['rpc-error'], server.url])
    await getContent(rpc)
    expect(failures.map((f) => f.problem)).toEqual([
      'HTTP 429 Too Many Requests',
      'JSON-RPC error -32603: Internal Error: Unable to acquire database lock',
    ])
  })

  it('retries rounds while failures are temporary, then names every node tried', async () => {
    const { rpc } = client([server.nodes.unavailable, server.nodes.hang], { rounds: 3 })
    const error = await getContent(rpc).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NodesFailedError)
    expect((error as Error).message).toBe(
      `all 2 nodes failed for condenser_api.get_content: ${server.nodes.unavailable}: HTTP 503; ${server.nodes.hang}: timed out after 300 ms`,
    )
    expect(server.requests.map((r) => r.node)).toEqual(['/503', '/hang', '/503', '/hang', '/503', '/hang'])
  })

  it('gives up at once when no node is a JSON-RPC node (no rounds for HTML)', async () => {
    const { rpc } = client([server.nodes.html])
    await expect(getContent(rpc)).rejects.toThrow(
      `the node failed for condenser_api.get_content: ${server.nodes.html}: answered HTML, not JSON-RPC (is this the URL of an API node?)`,
    )
    expect(server.requests).toHaveLength(1)
    // Known broken: the next call fails without asking it.
    await expect(getContent(rpc)).rejects.toThrow(NodesFailedError)
    expect(server.requests).toHaveLength(1)
  })

  it('recovers when a node comes back in a later round', async () => {
    const flaky = await startChainServer(demoDataset('steem'), { override: (_, index) => (index < 2 ? 'unavailable' : undefined) })
    try {
      const { rpc, failures } = client([flaky.url])
      expect((await getContent(rpc)).permlink).toBe('note-10')
      expect(failures.map((f) => f.problem)).toEqual(['HTTP 503', 'HTTP 503'])
    } finally {
      await flaky.stop()
    }
  })

  it('keeps the deadline of a call over all its rounds', async () => {
    const { rpc } = client([server.nodes.hang], { timeoutMs: 200, deadlineMs: 500, rounds: 10 })
    const started = Date.now()
    await expect(getContent(rpc)).rejects.toThrow(/timed out/)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(server.requests.length).toBeLessThanOrEqual(3)
  })

  it('passes the chain’s own refusal straight up, without asking other nodes (Hive: deleted post)', async () => {
    const hive = await startChainServer(demoDataset('hive'))
    try {
      const { rpc } = client([hive.url, hive.nodes.ok])
      const error = await getContent(rpc, 'listed-but-gone').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ChainAnswerError)
      expect((error as ChainAnswerError).detail).toBe('Invalid parameters: Post writer/listed-but-gone was deleted 1 time(s)')
      expect(hive.requests).toHaveLength(1)
    } finally {
      await hive.stop()
    }
  })

  it('fails over when a node lacks the method', async () => {
    const { rpc, failures } = client([server.url, server.nodes.ok])
    const error = (await rpc.call('condenser_api.no_such_method', []).catch((e: unknown) => e)) as NodesFailedError
    expect(error.failures.map((f) => f.kind)).toEqual(['unsupported', 'unsupported'])
    // Nothing to log on the side: the error says it all.
    expect(failures).toEqual([])
  })

  it('keeps at most maxInFlight requests open, however many calls wait', async () => {
    const slow = await startChainServer(demoDataset('steem'), { delayMs: 30 })
    try {
      const { rpc } = client([slow.url], { maxInFlight: 3, timeoutMs: 5000 })
      await Promise.all(Array.from({ length: 12 }, (_, i) => getContent(rpc, `note-${10 + i}`)))
      expect(slow.requests).toHaveLength(12)
      expect(slow.maxInFlight()).toBe(3)
    } finally {
      await slow.stop()
    }
  })

  it('stops at once when aborted (Ctrl-C), even while waiting on a hanging node', async () => {
    const controller = new AbortController()
    const { rpc } = client([server.nodes.hang], { timeoutMs: 60_000, signal: controller.signal })
    const call = getContent(rpc)
    await expect.poll(() => server.requests.length).toBe(1)
    controller.abort()
    await expect(call).rejects.toBeInstanceOf(SyncAborted)
  })
})
