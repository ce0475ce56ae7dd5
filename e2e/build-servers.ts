/**
 * Builds every e2e server (e2e/e2e-servers.ts) before Playwright starts them.
 *
 * Playwright starts its web servers one after another, so five `next build`s
 * ran in turn: 6.5 min on two cores. Most of a build keeps one core busy
 * (static generation runs in one worker beside a waiting main process), so two
 * at a time finish sooner. Each build's output goes to a log file; a failed
 * build prints its log's end and stops the run.
 *
 * Usage: node --import tsx e2e/build-servers.ts
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { E2E_SERVERS, type E2eServer } from './e2e-servers'

const LOG_DIR = path.join('.e2e-content', 'logs')
/** Set per build: never inherited from the shell (or from the server Playwright starts this in). */
const BUILD_VARIABLES = ['CONTENT_DIR', 'NEXT_DIST_DIR', 'SITE_URL', 'STATIC_EXPORT', 'BASE_PATH']
const running = new Set<ChildProcess>()

function build(server: E2eServer, index: number): Promise<void> {
  const log = path.join(LOG_DIR, `${index}.log`)
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of BUILD_VARIABLES) delete env[name]
  const command = [server.prepare, 'npx next build'].filter(Boolean).join(' && ')
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log)
    // Its own process group, so a failed run stops the whole build (shell, npx, next and its workers).
    const child = spawn(command, {
      shell: true,
      detached: true,
      env: { ...env, ...server.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('close', (code) => {
      running.delete(child)
      out.end(() => {
        const seconds = ((Date.now() - started) / 1000).toFixed(0)
        if (code === 0) {
          console.error(`e2e build "${server.name}": ${seconds} s`)
          resolve()
        } else {
          const tail = readFileSync(log, 'utf8').split('\n').slice(-60).join('\n')
          reject(
            new Error(`e2e build "${server.name}" failed (exit ${code}) after ${seconds} s; end of ${log}:\n${tail}`),
          )
        }
      })
    })
  })
}

async function buildAll(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true })
  const queue = E2E_SERVERS.map((server, index) => ({ server, index }))
  const lanes = Math.min(queue.length, Math.max(2, availableParallelism()))
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await build(next.server, next.index)
    }),
  )
}

buildAll().catch((error: Error) => {
  for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGTERM')
  console.error(error.message)
  process.exit(1)
})
