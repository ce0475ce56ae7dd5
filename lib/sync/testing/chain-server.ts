import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { accountObject, bridgeObject, condenserObject, missingCondenserObject, type Derived } from './chain-objects'
import { entryKey, type ChainDataset, type DatasetEntry } from './dataset'

/**
 * A local JSON-RPC server that answers like Steem or Hive API nodes, for the
 * sync's tests and for an end-to-end build without network. One server plays
 * several nodes, one per path:
 *
 * - `/` (or `/ok`): a healthy node;
 * - `/503`: HTTP 503, as overloaded nodes answer;
 * - `/hang`: accepts the request and never answers;
 * - `/html`: HTTP 200 with an HTML page (a web site's URL given as a node);
 * - `/429`: HTTP 429 Too Many Requests with `Retry-After: 0`;
 * - `/rpc-error`: a JSON-RPC internal error for every call.
 *
 * It answers the appbase form (`condenser_api.get_content`, `bridge.…`) and
 * the legacy `call` form, with the chains' real differences: listing limits
 * (Steem 100, Hive 20), inclusive (Steem) vs exclusive (Hive) paging, a
 * missing post as an empty object (Steem) or an error (Hive), `json_metadata`
 * as a string (condenser) or an object (bridge).
 */

export type Behaviour = 'ok' | 'unavailable' | 'hang' | 'html' | 'rate-limited' | 'rpc-error'

const PATHS: Record<string, Behaviour> = {
  '/': 'ok',
  '/ok': 'ok',
  '/503': 'unavailable',
  '/hang': 'hang',
  '/html': 'html',
  '/429': 'rate-limited',
  '/rpc-error': 'rpc-error',
}

export interface LoggedRequest {
  /** The node's path (`/`, `/503`, …). */
  node: string
  /** The method, normalized to `api.method` for the legacy `call` form. */
  method: string
  params: unknown
}

export interface ChainServerOptions {
  /** Delay before each healthy answer, so that requests overlap (concurrency tests). */
  delayMs?: number
  /** Lets a test change how a request is answered (a node that breaks after N requests). */
  override?: (request: LoggedRequest, index: number) => Behaviour | undefined
}

export interface ChainServer {
  /** The healthy node. */
  url: string
  /** Every node the server plays. */
  nodes: Record<Behaviour, string>
  dataset: ChainDataset
  /** Every request, in order of arrival. */
  requests: LoggedRequest[]
  /** The most requests the server had open at once. */
  maxInFlight(): number
  stop(): Promise<void>
}

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
  ) {
    super(message)
  }
}

const invalid = (data: string) => new RpcError(-32602, 'Invalid parameters', data)

export async function startChainServer(dataset: ChainDataset, options: ChainServerOptions = {}): Promise<ChainServer> {
  const requests: LoggedRequest[] = []
  const hanging = new Set<ServerResponse>()
  let inFlight = 0
  let maxInFlight = 0

  const server = createServer(async (req, res) => {
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/+$/, '') || '/'
    let behaviour = PATHS[path]
    if (!behaviour) return send(res, 404, 'text/plain', 'Not Found')
    const body = await readBody(req)
    let payload: { id?: unknown; method?: unknown; params?: unknown }
    try {
      payload = JSON.parse(body)
    } catch {
      return send(res, 200, 'application/json', JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null }))
    }
    const { method, params } = normalizeCall(payload.method, payload.params)
    const logged = { node: path, method, params }
    requests.push(logged)
    behaviour = options.override?.(logged, requests.length - 1) ?? behaviour
    switch (behaviour) {
      case 'unavailable':
        return send(res, 503, 'text/plain', 'Service Unavailable')
      case 'hang':
        hanging.add(res)
        return
      case 'html':
        return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html><head><title>Steem</title></head><body>Welcome</body></html>')
      case 'rate-limited':
        res.setHeader('retry-after', '0')
        return send(res, 429, 'text/plain', 'Too Many Requests')
      case 'rpc-error':
        return sendRpc(res, payload.id, undefined, new RpcError(-32603, 'Internal Error', 'Unable to acquire database lock'))
    }
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
    try {
      sendRpc(res, payload.id, answer(dataset, method, params))
    } catch (error) {
      if (!(error instanceof RpcError)) throw error
      sendRpc(res, payload.id, undefined, error)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const nodes = Object.fromEntries(
    Object.entries(PATHS)
      .filter(([path]) => path !== '/')
      .map(([path, behaviour]) => [behaviour, `${origin}${path}`]),
  ) as Record<Behaviour, string>

  return {
    url: `${origin}/`,
    nodes,
    dataset,
    requests,
    maxInFlight: () => maxInFlight,
    stop: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** `{"method":"call","params":["condenser_api","get_content",[…]]}` → `condenser_api.get_content`, `[…]`. */
function normalizeCall(method: unknown, params: unknown): { method: string; params: unknown } {
  if (method === 'call' && Array.isArray(params) && typeof params[0] === 'string' && typeof params[1] === 'string') {
    return { method: `${params[0]}.${params[1]}`, params: params[2] ?? [] }
  }
  return { method: String(method), params }
}

function answer(dataset: ChainDataset, method: string, params: unknown): unknown {
  const chain = new ChainView(dataset)
  const args = Array.isArray(params) ? params : []
  const named = (typeof params === 'object' && params !== null && !Array.isArray(params) ? params : {}) as Record<string, unknown>
  switch (method) {
    case 'condenser_api.get_accounts':
      return (Array.isArray(args[0]) ? args[0] : []).filter((name) => name in dataset.accounts).map((name) => accountObject(dataset, name))
    case 'condenser_api.get_discussions_by_blog': {
      const query = (args[0] ?? {}) as Record<string, unknown>
      return chain.blog(String(query.tag ?? ''), query, dataset.chain === 'steem' ? 100 : 20).map((entry) => chain.condenser(entry))
    }
    case 'bridge.get_account_posts': {
      if (named.sort !== 'posts' && named.sort !== 'blog') throw invalid(`Unsupported sort, valid sorts: blog, feed, posts, comments, replies, payout`)
      const account = String(named.account ?? '')
      if (!(account in dataset.accounts)) throw invalid(`Account ${account} does not exist`)
      const posts = named.sort === 'posts' ? chain.ownPosts(account, named) : chain.blog(account, named, dataset.chain === 'steem' ? 100 : 20)
      return posts.map((entry) => chain.bridge(entry))
    }
    case 'condenser_api.get_content': {
      const entry = chain.find(String(args[0] ?? ''), String(args[1] ?? ''))
      if (entry && !entry.deleted && !entry.listedButGone) return chain.condenser(entry)
      if (dataset.chain === 'steem') return missingCondenserObject()
      if (entry) throw new RpcError(-31999, 'Invalid parameters', `Post ${entryKey(entry)} was deleted 1 time(s)`)
      throw invalid(`Post ${args[0]}/${args[1]} does not exist`)
    }
    case 'condenser_api.get_content_replies': {
      const parent = chain.find(String(args[0] ?? ''), String(args[1] ?? ''))
      if (!parent) return []
      return chain.childrenOf(parent, dataset.chain === 'steem').map((entry) => chain.condenser(entry))
    }
    case 'bridge.get_discussion': {
      const root = chain.find(String(named.author ?? ''), String(named.permlink ?? ''))
      if (!root || root.deleted) throw invalid(`Post ${named.author}/${named.permlink} does not exist`)
      return chain.discussion(root)
    }
    default:
      throw new RpcError(-32601, 'Method not found', method)
  }
}

/** The dataset indexed for one request (small datasets: rebuilt per request, so tests can mutate it freely). */
class ChainView {
  private readonly byKey = new Map<string, DatasetEntry>()
  private readonly ids = new Map<DatasetEntry, number>()
  private readonly replies = new Map<string, DatasetEntry[]>()
  private readonly counts = new Map<DatasetEntry, number>()

  constructor(private readonly dataset: ChainDataset) {
    dataset.entries.forEach((entry, index) => {
      this.byKey.set(entryKey(entry), entry)
      this.ids.set(entry, index + 1)
      if (entry.parent_author === '') return
      const parent = `${entry.parent_author}/${entry.parent_permlink}`
      this.replies.set(parent, [...(this.replies.get(parent) ?? []), entry])
    })
  }

  find(author: string, permlink: string): DatasetEntry | undefined {
    return this.byKey.get(`${author}/${permlink}`)
  }

  /** Live direct replies; with `tombstones`, a deleted reply that still has replies stays (empty body). */
  childrenOf(parent: DatasetEntry, tombstones = false): DatasetEntry[] {
    return (this.replies.get(entryKey(parent)) ?? []).filter(
      (entry) => !entry.deleted || (tombstones && this.childrenOf(entry, true).length > 0),
    )
  }

  private count(entry: DatasetEntry): number {
    let count = this.counts.get(entry)
    if (count === undefined) {
      count = this.childrenOf(entry).reduce((sum, child) => sum + 1 + this.count(child), 0)
      this.counts.set(entry, count)
    }
    return count
  }

  private derive(entry: DatasetEntry): Derived {
    let root = entry
    let depth = 0
    while (root.parent_author !== '') {
      const parent = this.find(root.parent_author, root.parent_permlink)
      if (!parent) break
      root = parent
      depth++
    }
    return { id: this.ids.get(entry) ?? 0, depth, children: this.count(entry), root }
  }

  condenser(entry: DatasetEntry) {
    return condenserObject(this.dataset, entry, this.derive(entry))
  }

  bridge(entry: DatasetEntry, replies: string[] = []) {
    return bridgeObject(this.dataset, entry, this.derive(entry), replies)
  }

  /** The blog stream: own top-level posts and reblogs, newest (by post or reblog time) first. */
  blog(account: string, query: Record<string, unknown>, maxLimit: number): DatasetEntry[] {
    const own = this.dataset.entries
      .filter((entry) => entry.author === account && entry.parent_author === '' && (!entry.deleted || entry.listedButGone))
      .map((entry) => ({ entry, at: entry.created }))
    const reblogged = this.dataset.reblogs
      .filter((reblog) => reblog.account === account)
      .map((reblog) => ({ entry: this.find(reblog.author, reblog.permlink), at: reblog.at }))
      .filter((item): item is { entry: DatasetEntry; at: string } => item.entry !== undefined && !item.entry.deleted)
    const stream = [...own, ...reblogged]
      .sort((a, b) => b.at.localeCompare(a.at) || this.ids.get(b.entry)! - this.ids.get(a.entry)!)
      .map((item) => item.entry)
    return this.page(stream, query, maxLimit, this.dataset.chain === 'steem')
  }

  /** bridge `sort: "posts"`: own top-level posts, no reblogs, newest first; exclusive paging on both chains. */
  ownPosts(account: string, query: Record<string, unknown>): DatasetEntry[] {
    const posts = this.dataset.entries
      .filter((entry) => entry.author === account && entry.parent_author === '' && (!entry.deleted || entry.listedButGone))
      .sort((a, b) => b.created.localeCompare(a.created) || this.ids.get(b)! - this.ids.get(a)!)
    return this.page(posts, query, this.dataset.chain === 'steem' ? 100 : 20, false)
  }

  private page(stream: DatasetEntry[], query: Record<string, unknown>, maxLimit: number, inclusive: boolean): DatasetEntry[] {
    const limit = query.limit === undefined ? 20 : Number(query.limit)
    if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) throw invalid(`limit = ${query.limit} outside valid range [1:${maxLimit}]`)
    let start = 0
    if (query.start_author || query.start_permlink) {
      const at = stream.findIndex((entry) => entry.author === query.start_author && entry.permlink === query.start_permlink)
      if (at === -1) throw invalid(`Post ${query.start_author}/${query.start_permlink} does not exist`)
      start = inclusive ? at : at + 1
    }
    return stream.slice(start, start + limit)
  }

  /** `bridge.get_discussion`: `"author/permlink"` → bridge object, the post included; deleted replies and their branches are gone. */
  discussion(root: DatasetEntry): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    const visit = (entry: DatasetEntry) => {
      const children = this.childrenOf(entry)
      result[entryKey(entry)] = this.bridge(entry, children.map(entryKey))
      children.forEach(visit)
    }
    visit(root)
    return result
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}

function sendRpc(res: ServerResponse, id: unknown, result: unknown, error?: RpcError) {
  const body = error
    ? { jsonrpc: '2.0', error: { code: error.code, message: error.message, ...(error.data ? { data: error.data } : {}) }, id: id ?? null }
    : { jsonrpc: '2.0', result, id: id ?? null }
  send(res, 200, 'application/json', JSON.stringify(body))
}
