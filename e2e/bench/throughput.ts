/** Requests per second and p99 latency of one page under `next start`, with autocannon over loopback. */
import { createRequire } from 'node:module'
import path from 'node:path'

export interface ThroughputResult {
  url: string
  connections: number
  durationS: number
  requestsPerSec: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  non2xx: number
  errors: number
  timeouts: number
  bytesPerSec: number
}

/** The part of autocannon's result we read (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  throughput: { average: number }
  non2xx: number
  errors: number
  timeouts: number
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>

export async function measureThroughput(
  root: string,
  url: string,
  connections = 32,
  durationS = 10,
): Promise<ThroughputResult> {
  const host = new URL(url).hostname
  if (!['localhost', '127.0.0.1', '::1'].includes(host))
    throw new Error(`refusing to load-test a non-loopback host: ${host}`)
  const autocannon = createRequire(path.join(root, 'package.json'))('autocannon') as Autocannon
  // A short warm-up so the first requests' JIT and file-cache misses do not count.
  await autocannon({ url, connections: 4, duration: 2, headers: { 'accept-encoding': 'gzip' } })
  // Ask for gzip as a browser does: next start compresses, and that is part of the cost.
  const headers = { 'accept-encoding': 'gzip' }
  const result = await autocannon({ url, connections, duration: durationS, headers })
  return {
    url,
    connections,
    durationS,
    requestsPerSec: Number(result.requests.average.toFixed(1)),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSec: Math.round(result.throughput.average),
  }
}
