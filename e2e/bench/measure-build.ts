/**
 * One cold `next build` of a corpus in any checkout of this project, measured
 * as the bench measures its own (wall, peak memory of the process tree, CPU,
 * Next's phases): the "before" of a before/after table is an older commit
 * checked out beside this one (`git worktree add ../before <commit>`).
 * Its `.next-bench` is left for e2e/bench/compare-builds.ts.
 *
 * Usage: node --import tsx e2e/bench/measure-build.ts <project dir> <corpus dir>
 */
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { countHtml } from './build'
import { readBuildPhases } from './build-phases'
import { benchEnv, DIST_DIR } from './config'
import { cpuByPhase } from './cpu-by-phase'
import { runMeasured } from './proc'

async function main(project: string, corpus: string): Promise<void> {
  const dist = path.join(project, DIST_DIR)
  rmSync(dist, { recursive: true, force: true })
  const timelineDir = path.join(tmpdir(), `measure-build-cpu-${process.pid}`)
  rmSync(timelineDir, { recursive: true, force: true })
  const env = benchEnv(path.resolve(corpus))
  // This checkout's preload, so an older checkout is measured the same way.
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${path.join(__dirname, 'cpu-timeline-preload.cjs')}`.trim()
  env.BENCH_CPU_TIMELINE_DIR = timelineDir
  const run = await runMeasured(process.execPath, [path.join(project, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: project,
    env,
    timeoutMs: 3_600_000,
  })
  if (run.code !== 0) throw new Error(`next build failed in ${project}:\n${run.tail}`)
  const measured: Partial<typeof run> = { ...run }
  delete measured.tail
  console.log(
    JSON.stringify({
      project,
      ...measured,
      pages: countHtml(path.join(dist, 'server', 'app')),
      phases: readBuildPhases(dist),
      processes: cpuByPhase(timelineDir, dist),
    }),
  )
}

const [project, corpus] = process.argv.slice(2)
if (!project || !corpus) {
  console.error('usage: node --import tsx e2e/bench/measure-build.ts <project dir> <corpus dir>')
  process.exit(2)
}
void main(project, corpus)
