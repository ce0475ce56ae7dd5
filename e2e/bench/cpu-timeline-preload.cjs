/**
 * Preloaded into every Node process of a bench build (NODE_OPTIONS=--require), it
 * records the process's CPU time and resident memory once a second into
 * BENCH_CPU_TIMELINE_DIR/<pid>.json, so that cpu-by-phase.ts can tell how busy each
 * page worker was in each of Next's phases (where a core sat idle) and which
 * process holds how much memory when (where the build's peak comes from). One timer per process; unlike --profile it does not
 * slow the build. CommonJS, since `--require` is what Next passes on to its workers.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a preload script, run as CommonJS */
const { mkdirSync, writeFileSync } = require('node:fs')
const path = require('node:path')

const dir = process.env.BENCH_CPU_TIMELINE_DIR

if (dir) {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${process.pid}.json`)
  /** [epoch ms, CPU ms (user + sys, all threads) since the sample before, resident MiB] */
  const samples = []
  let last = process.cpuUsage()
  const sample = () => {
    const now = process.cpuUsage()
    const cpuMs = Math.round((now.user - last.user + now.system - last.system) / 1000)
    samples.push([Date.now(), cpuMs, Math.round(process.memoryUsage.rss() / 2 ** 20)])
    last = now
  }
  const write = () => writeFileSync(file, JSON.stringify({ argv: process.argv.slice(1), samples }))
  setInterval(() => {
    sample()
    if (samples.length % 5 === 0) write()
  }, 1000).unref()
  process.on('exit', () => {
    sample()
    write()
  })
  // Next ends a page worker with SIGTERM and, 500 ms later, SIGKILL.
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ]) {
    process.once(signal, () => {
      sample()
      write()
      process.exit(code)
    })
  }
}
