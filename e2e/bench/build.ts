/** `next build` over the corpus: cold (no cache) then warm (cache kept). */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readBuildPhases, type BuildPhases } from './build-phases'
import { benchEnv, DIST_DIR } from './config'
import { cpuByPhase, type ProcessCpu } from './cpu-by-phase'
import { summarizeProfiles, type ProcessProfile } from './cpu-profiles'
import { runMeasured, type RunResult } from './proc'

export interface BuildMeasurement {
  wallMs: number
  peakTreeRssMb: number
  gnuTimeMaxRssMb?: number
  /** CPU seconds the build used (user + sys, all its processes). */
  cpuS?: number
  /** Busy CPU seconds of the machine during the build; well above cpuS means someone else was using the CPU. */
  machineBusyS: number
  pages: number
  msPerPage: number
  /** Next's own phases (ours only). */
  phases?: BuildPhases
  /** With --profile: where each process's CPU time went (the profiler's own cost is in the wall time). */
  profiles?: ProcessProfile[]
  /** Each process's CPU seconds per phase (cpu-by-phase.ts): an idle page worker shows here. */
  processes?: ProcessCpu[]
}

export interface BuildResults {
  cold: BuildMeasurement
  warm?: BuildMeasurement
  /** The post (path in the corpus) the warm build saw edited: a writer's daily rebuild changes a post or two, not nothing. */
  warmEdited?: string
  /** Why there is no warm build, when there is none. */
  warmSkipped?: string
}

const nextBin = (root: string) => path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')

async function buildOnce(
  root: string,
  corpusDir: string,
  label: string,
  renderCache: boolean,
  prerender: number | undefined,
  profileDir?: string,
): Promise<BuildMeasurement> {
  console.error(`[bench] next build (${label}) over ${corpusDir}${profileDir ? ', profiled' : ''} …`)
  const env = benchEnv(corpusDir, renderCache, prerender)
  const timelineDir = path.join(tmpdir(), `bench-cpu-timeline-${process.pid}-${label}`)
  rmSync(timelineDir, { recursive: true, force: true })
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${path.join(__dirname, 'cpu-timeline-preload.cjs')}`.trim()
  env.BENCH_CPU_TIMELINE_DIR = timelineDir
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true })
    // Inherited by every worker Next starts: one profile per process (cpu-prof-preload.cjs says why not --cpu-prof).
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require=${path.join(__dirname, 'cpu-prof-preload.cjs')}`.trim()
    env.BENCH_CPU_PROF_DIR = profileDir
  }
  // tsconfig.json already lists .next-bench's types, so next build leaves project files alone.
  const result: RunResult = await runMeasured(process.execPath, [nextBin(root), 'build'], {
    cwd: root,
    env,
    timeoutMs: 60 * 60_000,
  })
  if (result.code !== 0) throw new Error(`next build (${label}) failed with code ${result.code}:\n${result.tail}`)
  const pages = countHtml(path.join(root, DIST_DIR, 'server', 'app'))
  console.error(
    `[bench]   ${label}: ${(result.wallMs / 1000).toFixed(1)} s, ${pages} pages, peak tree RSS ${result.peakTreeRssMb} MB, CPU ${result.cpuS ?? '?'} s (machine busy ${result.machineBusyS} s)`,
  )
  const processes = cpuByPhase(timelineDir, path.join(root, DIST_DIR))
  rmSync(timelineDir, { recursive: true, force: true })
  return {
    ...measurement(result, pages),
    phases: readBuildPhases(path.join(root, DIST_DIR)),
    processes,
    ...(profileDir ? { profiles: summarizeProfiles(profileDir) } : {}),
  }
}

/** A measured run of a site generator (ours or Hexo) that wrote `pages` pages. */
export function measurement(result: RunResult, pages: number): BuildMeasurement {
  return {
    wallMs: Math.round(result.wallMs),
    peakTreeRssMb: result.peakTreeRssMb,
    gnuTimeMaxRssMb: result.gnuTimeMaxRssMb,
    cpuS: result.cpuS,
    machineBusyS: result.machineBusyS,
    pages,
    msPerPage: pages > 0 ? Number((result.wallMs / pages).toFixed(2)) : NaN,
  }
}

/** Cold build with `.next-bench` (and so its cache) removed; then a warm one if a cache was left behind. */
export async function measureBuilds(
  root: string,
  corpusDir: string,
  coldOnly = false,
  renderCache = true,
  prerender?: number,
  /** Profile the cold build's processes into this folder (see cpu-profiles.ts). */
  profileDir?: string,
): Promise<BuildResults> {
  const dist = path.join(root, DIST_DIR)
  // Retries: a server that just stopped may still be flushing its cache into the folder.
  rmSync(dist, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  const cold = await buildOnce(root, corpusDir, 'cold', renderCache, prerender, profileDir)
  if (coldOnly) return { cold, warmSkipped: '--cold-only' }
  const cache = path.join(dist, 'cache')
  if (!existsSync(cache)) return { cold, warmSkipped: `no ${DIST_DIR}/cache after the cold build` }
  const edited = newestPostFile(corpusDir)
  const original = readFileSync(edited, 'utf8')
  writeFileSync(edited, `${original}\nEdited after the cold build: the warm build re-renders this post.\n`)
  try {
    const warm = await buildOnce(root, corpusDir, 'warm', renderCache, prerender)
    return { cold, warm, warmEdited: path.relative(corpusDir, edited) }
  } finally {
    // The corpus stays the bytes its seed gives, for the next run and for Hexo.
    writeFileSync(edited, original)
  }
}

/** The last post file in name order: the corpus writes posts/<year>/…, so one of the newest year's. */
function newestPostFile(corpusDir: string): string {
  const files = readdirSync(path.join(corpusDir, 'posts'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
  const last = files.at(-1)
  if (!last) throw new Error(`no posts in ${corpusDir}/posts`)
  return last
}

/** Pages built: `.html` files below `dir`. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length
}
