/**
 * How busy each process of a build was in each of Next's phases, from the
 * samples cpu-timeline-preload.cjs wrote and the phases' times in Next's
 * trace: a page worker with little CPU in a phase that lasted long is a core
 * that sat idle (BENCH.md, session 5).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readPhaseWindows, type PhaseWindows } from './build-phases'

export interface ProcessCpu {
  /** `main` (next build, with Turbopack's threads), `page worker` (page data and static generation), or the script it ran. */
  process: string
  pid: number
  /** CPU seconds (user + sys) in each phase, and in all. */
  compileS: number
  pageDataS: number
  staticGenerationS: number
  totalS: number
  /** Seconds from the build's start to the last second this process used more than a fifth of a core. */
  lastBusyAtS: number
  /** Its largest resident memory in each phase (MiB, sampled once a second; 0 where not sampled). */
  compileRssMb: number
  pageDataRssMb: number
  staticGenerationRssMb: number
}

interface Timeline {
  argv: string[]
  /** Older timelines have no resident memory. */
  samples: [epochMs: number, cpuMs: number, rssMb?: number][]
}

export function cpuByPhase(timelineDir: string, distDir: string): ProcessCpu[] {
  const windows = readPhaseWindows(distDir)
  if (!windows || !existsSync(timelineDir)) return []
  return readdirSync(timelineDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => summarize(Number.parseInt(name, 10), JSON.parse(readFileSync(path.join(timelineDir, name), 'utf8')), windows))
    .filter((cpu) => cpu.totalS >= 0.5)
    .sort((a, b) => b.totalS - a.totalS)
}

function summarize(pid: number, timeline: Timeline, windows: PhaseWindows): ProcessCpu {
  // A sample covers the second before it: it belongs to the phase that second was in.
  const samplesIn = (window: [number, number] | undefined) =>
    timeline.samples.filter(([at]) => window && at - 500 >= window[0] && at - 500 < window[1])
  const inPhase = (window: [number, number] | undefined) => seconds(samplesIn(window))
  const peakRss = (window: [number, number] | undefined) => Math.max(0, ...samplesIn(window).map(([, , rss]) => rss ?? 0))
  const busy = timeline.samples.filter(([, cpuMs]) => cpuMs > 200)
  return {
    process: processName(timeline.argv),
    pid,
    compileS: inPhase(windows.compile),
    pageDataS: inPhase(windows.pageData),
    staticGenerationS: inPhase(windows.staticGeneration),
    totalS: seconds(timeline.samples),
    lastBusyAtS: busy.length ? Math.round((busy[busy.length - 1][0] - windows.buildStart) / 1000) : 0,
    compileRssMb: peakRss(windows.compile),
    pageDataRssMb: peakRss(windows.pageData),
    staticGenerationRssMb: peakRss(windows.staticGeneration),
  }
}

const seconds = (samples: Timeline['samples']) =>
  Number((samples.reduce((sum, [, cpuMs]) => sum + cpuMs, 0) / 1000).toFixed(1))

function processName(argv: string[]): string {
  const script = argv[0] ?? '?'
  if (script.endsWith(path.join('jest-worker', 'processChild.js'))) return 'page worker'
  if (script.endsWith(path.join('next', 'dist', 'bin', 'next'))) return 'main'
  return path.basename(script).replace(/_[0-9a-z-]+\._\.js$/, '')
}
