/**
 * `--profile`: preloaded into every Node process of a build (NODE_OPTIONS=--require),
 * it profiles the process from start to exit into BENCH_CPU_PROF_DIR: `<pid>.process.json`
 * (its command line) and `<pid>-<n>.cpuprofile`, one per slice of the run.
 *
 * Why not Node's own `--cpu-prof`: Node 20 refuses it in NODE_OPTIONS, and Next builds its
 * workers' NODE_OPTIONS from the main process's flags, so `node --cpu-prof next build`
 * would stop its workers from starting. Why slices: Next ends a static-generation worker
 * with SIGTERM and, 500 ms later, SIGKILL; stopping a profile of a whole minute takes
 * longer than that, so the profile is written every SLICE_MS and the last slice is short.
 * CommonJS, since `--require` is what Next passes on to its workers as it is.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a preload script, run as CommonJS */
const { Session } = require('node:inspector')
const { mkdirSync, writeFileSync } = require('node:fs')
const path = require('node:path')

const SLICE_MS = 10_000
const dir = process.env.BENCH_CPU_PROF_DIR

if (dir) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${process.pid}.process.json`), JSON.stringify({ argv: process.argv }))
  const session = new Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.start')
  let slice = 0
  let ended = false
  // A session on the process's own thread answers synchronously, so this also works in 'exit'.
  const writeSlice = (restart) => {
    if (ended) return
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}-${slice++}.cpuprofile`), JSON.stringify(result.profile))
    })
    if (restart) session.post('Profiler.start')
    else ended = true
  }
  setInterval(() => writeSlice(true), SLICE_MS).unref()
  process.on('exit', () => writeSlice(false))
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ]) {
    process.once(signal, () => {
      writeSlice(false)
      process.exit(code)
    })
  }
}
