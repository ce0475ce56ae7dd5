/**
 * A small JSON-RPC 2.0 client for Steem/Hive API nodes, in the manner of
 * dhive: a list of nodes, failover from one to the next, a few rounds with a
 * growing, jittered pause between them, a timeout per request and a deadline
 * per call, and at most a few requests in flight (public nodes throttle
 * storms). Plain `fetch`; nothing chain-specific.
 */

export interface RpcClientOptions {
  nodes: readonly string[]
  /** One request to one node (default 15 s). */
  timeoutMs?: number
  /** One call, all nodes and rounds together (default 120 s). */
  deadlineMs?: number
  /** Passes over the node list while failures look temporary (default 3). */
  rounds?: number
  /** Requests in flight at once, across all calls (default 4). */
  maxInFlight?: number
  /** The pause after the first round; doubled each round, at most 10 s, jittered (default 1 s). */
  backoffMs?: number
  /** Aborting stops every call (Ctrl-C). */
  signal?: AbortSignal
  /**
   * Told about each failed request of a call that another node then answered
   * (a call that fails altogether throws them all in one NodesFailedError).
   */
  onNodeFailure?: (failure: NodeFailure) => void
  fetch?: typeof fetch
  random?: () => number
}

/**
 * - `transient`: worth asking again later (network error, timeout, 429, 5xx, a server-side JSON-RPC error);
 * - `broken`: this URL is not a working API node (HTML, 404, not JSON-RPC): not asked again in this run;
 * - `unsupported`: this node lacks the method: another may have it.
 */
export type FailureKind = 'transient' | 'broken' | 'unsupported'

export interface NodeFailure {
  node: string
  method: string
  problem: string
  kind: FailureKind
}

/** The chain answered, and the answer is an error another node would repeat (no such post, bad parameters). */
export class ChainAnswerError extends Error {
  constructor(
    readonly method: string,
    readonly node: string,
    readonly code: number | undefined,
    readonly detail: string,
  ) {
    super(`${method}: ${detail}`)
  }
}

/** No node gave an answer. The message names each node tried and what went wrong. */
export class NodesFailedError extends Error {
  constructor(
    readonly method: string,
    readonly failures: readonly NodeFailure[],
  ) {
    const nodes = failures.length === 1 ? 'the node' : `all ${failures.length} nodes`
    super(`${nodes} failed for ${method}: ${failures.map((f) => `${f.node}: ${f.problem}`).join('; ')}`)
  }
}

export class SyncAborted extends Error {
  constructor() {
    super('interrupted')
  }
}

const MAX_BACKOFF_MS = 10_000
const MAX_RETRY_AFTER_MS = 30_000

type Outcome = { ok: true; result: unknown } | { ok: false; failure: NodeFailure; retryAfterMs?: number }

export class RpcClient {
  private readonly nodes: readonly string[]
  private readonly timeoutMs: number
  private readonly deadlineMs: number
  private readonly rounds: number
  private readonly maxInFlight: number
  private readonly backoffMs: number
  private readonly fetch: typeof fetch
  private readonly random: () => number
  /** The node that answered last: every call starts there. */
  private preferred = 0
  private readonly broken = new Map<string, NodeFailure>()
  private inFlight = 0
  private readonly waiting: (() => void)[] = []
  private nextId = 1

  constructor(private readonly options: RpcClientOptions) {
    if (options.nodes.length === 0) throw new Error('no API nodes given')
    this.nodes = options.nodes
    this.timeoutMs = options.timeoutMs ?? 15_000
    this.deadlineMs = options.deadlineMs ?? 120_000
    this.rounds = options.rounds ?? 3
    this.maxInFlight = options.maxInFlight ?? 4
    this.backoffMs = options.backoffMs ?? 1000
    this.fetch = options.fetch ?? fetch
    this.random = options.random ?? Math.random
  }

  /** `params`: an array for condenser methods, an object for bridge methods. */
  async call<T = unknown>(method: string, params: unknown): Promise<T> {
    const started = Date.now()
    const last = new Map<string, NodeFailure>()
    const failed: NodeFailure[] = []
    for (let round = 0; round < this.rounds; round++) {
      const order = this.order()
      let retryAfterMs = 0
      let worthAnotherRound = false
      for (const node of order) {
        const remaining = this.deadlineMs - (Date.now() - started)
        if (remaining <= 0) break
        const outcome = await this.limited(() => this.request(node, method, params, Math.min(this.timeoutMs, remaining)))
        if (outcome.ok) {
          this.preferred = this.nodes.indexOf(node)
          for (const failure of failed) this.options.onNodeFailure?.(failure)
          return outcome.result as T
        }
        const { failure } = outcome
        last.set(node, failure)
        failed.push(failure)
        if (failure.kind === 'broken') this.broken.set(node, failure)
        if (failure.kind === 'transient') worthAnotherRound = true
        retryAfterMs = Math.max(retryAfterMs, outcome.retryAfterMs ?? 0)
      }
      if (!worthAnotherRound || round === this.rounds - 1) break
      const pause = Math.max(this.backoff(round), Math.min(retryAfterMs, MAX_RETRY_AFTER_MS))
      if (Date.now() - started + pause >= this.deadlineMs) break
      await this.sleep(pause)
    }
    for (const [node, failure] of this.broken) if (!last.has(node)) last.set(node, failure)
    throw new NodesFailedError(method, [...last.values()])
  }

  /** Working nodes, starting with the one that answered last. */
  private order(): string[] {
    const rotated = [...this.nodes.slice(this.preferred), ...this.nodes.slice(0, this.preferred)]
    return rotated.filter((node) => !this.broken.has(node))
  }

  private backoff(round: number): number {
    const base = Math.min(this.backoffMs * 2 ** round, MAX_BACKOFF_MS)
    return Math.round(base * (0.5 + this.random() / 2))
  }

  private async sleep(ms: number): Promise<void> {
    const signal = this.options.signal
    if (signal?.aborted) throw new SyncAborted()
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(done, ms)
      function done() {
        signal?.removeEventListener('abort', aborted)
        resolve()
      }
      function aborted() {
        clearTimeout(timer)
        reject(new SyncAborted())
      }
      signal?.addEventListener('abort', aborted, { once: true })
    })
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    while (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.inFlight++
    try {
      return await task()
    } finally {
      this.inFlight--
      this.waiting.shift()?.()
    }
  }

  private async request(node: string, method: string, params: unknown, timeoutMs: number): Promise<Outcome> {
    if (this.options.signal?.aborted) throw new SyncAborted()
    const id = this.nextId++
    const fail = (problem: string, kind: FailureKind, retryAfterMs?: number): Outcome => ({
      ok: false,
      failure: { node, method, problem, kind },
      retryAfterMs,
    })
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout
    let status: number
    let contentType: string
    let retryAfter: string | null
    let body: string
    try {
      const response = await this.fetch(node, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method, params, id }),
        signal,
      })
      status = response.status
      contentType = response.headers.get('content-type') ?? ''
      retryAfter = response.headers.get('retry-after')
      body = await response.text()
    } catch (error) {
      if (this.options.signal?.aborted) throw new SyncAborted()
      if (timeout.aborted) return fail(`timed out after ${formatSeconds(timeoutMs)}`, 'transient')
      return fail(`network error (${networkProblem(error)})`, 'transient')
    }

    const json = parseJson(body)
    if (isObject(json) && ('result' in json || 'error' in json)) {
      if ('error' in json && json.error !== undefined && json.error !== null) return this.rpcError(node, method, json.error, fail)
      // dhive accepts a JSON-RPC answer whatever the HTTP status (some proxies send 500 with a good body).
      if (json.id !== undefined && json.id !== null && String(json.id) !== String(id))
        return fail('answered with another request’s id', 'transient')
      return { ok: true, result: json.result }
    }
    if (status === 429) return fail('HTTP 429 Too Many Requests', 'transient', retryAfterMs(retryAfter))
    if (status >= 500) return fail(`HTTP ${status}`, 'transient')
    if (status < 200 || status >= 300) return fail(`HTTP ${status}`, 'broken')
    if (/html/i.test(contentType) || /^\s*</.test(body))
      return fail('answered HTML, not JSON-RPC (is this the URL of an API node?)', 'broken')
    return fail('answered something that is not JSON-RPC', 'broken')
  }

  private rpcError(node: string, method: string, error: unknown, fail: (p: string, k: FailureKind) => Outcome): Outcome {
    const code = isObject(error) && typeof error.code === 'number' ? error.code : undefined
    const message = isObject(error) && typeof error.message === 'string' ? error.message : JSON.stringify(error)
    const data = isObject(error) ? error.data : undefined
    const detail = [message, typeof data === 'string' ? data : undefined].filter(Boolean).join(': ')
    const described = `JSON-RPC error${code === undefined ? '' : ` ${code}`}: ${shorten(detail)}`
    if (code === -32601 || /method not found|could not find method|api .*not enabled/i.test(detail)) return fail(described, 'unsupported')
    if (isAnswer(code, detail)) throw new ChainAnswerError(method, node, code, shorten(detail))
    return fail(described, 'transient')
  }
}

/**
 * Errors that describe the request, not the node: invalid parameters, a post
 * that does not exist or was deleted (hivemind's -32602 and -31999). Asking
 * another node would get the same answer.
 */
function isAnswer(code: number | undefined, detail: string): boolean {
  if (/too many requests|timeout|timed out|lock|busy|temporar|unavailable/i.test(detail)) return false
  return code === -32602 || code === -31999 || /does not exist|was deleted|invalid parameters|invalid account|unknown account/i.test(detail)
}

function parseJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error)
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

const formatSeconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`)

const shorten = (text: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text)
