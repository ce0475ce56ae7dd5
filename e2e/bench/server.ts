/** `next start` on the bench port, for the byte, throughput, TOC and Lighthouse measurements. */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { benchEnv, ORIGIN, PORT } from './config'
import { killTree } from './proc'

export interface Server {
  origin: string
  stop: () => Promise<void>
}

export async function startServer(
  root: string,
  corpusDir: string,
  renderCache = true,
  prerender?: number,
): Promise<Server> {
  const origin = ORIGIN
  if (await isUp(origin)) throw new Error(`something already answers on ${origin}; stop it first`)
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT), '-H', 'localhost'],
    { cwd: root, env: benchEnv(corpusDir, renderCache, prerender), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  child.stdout!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)))
  child.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)))
  const deadline = Date.now() + 60_000
  while (!(await isUp(origin))) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline) {
      killTree(child)
      throw new Error(`next start did not answer within 60 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    origin,
    stop: async () => {
      killTree(child)
      const exited = new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
      )
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000))
      await Promise.race([exited, timeout])
      killTree(child, 'SIGKILL')
    },
  }
}

async function isUp(origin: string): Promise<boolean> {
  try {
    const response = await fetch(origin, { signal: AbortSignal.timeout(2000) })
    await response.arrayBuffer()
    return true
  } catch {
    return false
  }
}
