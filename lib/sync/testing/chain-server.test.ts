import { afterEach, describe, expect, it } from 'vitest'
import { startChainServer, type ChainServer } from './chain-server'
import { DEMO_ACCOUNT, demoDataset } from './demo-dataset'

let server: ChainServer | undefined
afterEach(() => server?.stop())

async function rpc(url: string, method: string, params: unknown) {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 7, method, params }) })
  return (await response.json()) as { id: number; result?: unknown; error?: { code: number; message: string; data?: string } }
}

describe('the test chain server', () => {
  it('answers the legacy `call` form like the appbase form', async () => {
    server = await startChainServer(demoDataset('steem'))
    const appbase = await rpc(server.url, 'condenser_api.get_content', [DEMO_ACCOUNT, 'note-10'])
    const legacy = await rpc(server.url, 'call', ['condenser_api', 'get_content', [DEMO_ACCOUNT, 'note-10']])
    expect(legacy).toEqual(appbase)
    expect(appbase.id).toBe(7)
    expect(server.requests.map((r) => r.method)).toEqual(['condenser_api.get_content', 'condenser_api.get_content'])
  })

  it('serves json_metadata as a string from condenser and as an object from bridge', async () => {
    server = await startChainServer(demoDataset('hive'))
    const condenser = (await rpc(server.url, 'condenser_api.get_content', [DEMO_ACCOUNT, 'note-10'])).result as Record<string, unknown>
    const [bridge] = (await rpc(server.url, 'bridge.get_account_posts', { sort: 'posts', account: DEMO_ACCOUNT, limit: 1 })).result as Record<string, unknown>[]
    expect(typeof condenser.json_metadata).toBe('string')
    expect(typeof bridge.json_metadata).toBe('object')
    expect(bridge).toHaveProperty('updated')
    expect(bridge).not.toHaveProperty('parent_author')
  })

  it('keeps each chain’s limits and its answer for a missing post', async () => {
    server = await startChainServer(demoDataset('hive'))
    expect((await rpc(server.url, 'condenser_api.get_discussions_by_blog', [{ tag: DEMO_ACCOUNT, limit: 21 }])).error).toMatchObject({ code: -32602 })
    expect((await rpc(server.url, 'condenser_api.get_content', [DEMO_ACCOUNT, 'nope'])).error).toMatchObject({ data: `Post ${DEMO_ACCOUNT}/nope does not exist` })
    await server.stop()
    server = await startChainServer(demoDataset('steem'))
    expect((await rpc(server.url, 'condenser_api.get_discussions_by_blog', [{ tag: DEMO_ACCOUNT, limit: 100 }])).result).toHaveLength(47)
    expect((await rpc(server.url, 'condenser_api.get_content', [DEMO_ACCOUNT, 'nope'])).result).toMatchObject({ id: 0, author: '', permlink: '' })
  })

  it('plays broken nodes on their own paths', async () => {
    server = await startChainServer(demoDataset('steem'))
    const html = await fetch(server.nodes.html, { method: 'POST', body: '{}' })
    expect(html.headers.get('content-type')).toMatch(/html/)
    expect((await fetch(server.nodes.unavailable, { method: 'POST', body: '{}' })).status).toBe(503)
    expect((await fetch(server.nodes['rate-limited'], { method: 'POST', body: '{}' })).status).toBe(429)
  })
})
