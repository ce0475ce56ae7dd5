/**
 * Where a `next build`'s wall time went, from the trace Next writes into the
 * build folder (`trace`: one JSON array of spans per line). Top-level spans
 * only, so the phases do not double count; the file-system cache write runs
 * beside page-data collection, not before it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface BuildPhases {
  /** Turbopack: module graph, code generation, writing the bundles. */
  compileMs?: number
  /** Turbopack writing its file-system cache (for the next build); overlaps page data. */
  cacheWriteMs?: number
  /** "Collecting page data": each route's module loaded and its generateStaticParams run (ours: load posts, render them all for the search index). */
  pageDataMs?: number
  /** "Generating static pages": rendering and writing every page and static route output. */
  staticGenerationMs?: number
  /** Paths Next prerendered (pages, feeds, search index files, assets). */
  prerenderedPaths?: number
}

const SPANS: Record<string, keyof Omit<BuildPhases, 'prerenderedPaths'>> = {
  'run-turbopack': 'compileMs',
  'turbopack-persistence': 'cacheWriteMs',
  'static-check': 'pageDataMs',
  'static-generation': 'staticGenerationMs',
}

interface Span {
  name: string
  duration: number
}

export function readBuildPhases(distDir: string): BuildPhases {
  const phases: BuildPhases = {}
  const trace = path.join(distDir, 'trace')
  if (existsSync(trace)) {
    for (const line of readFileSync(trace, 'utf8').split('\n')) {
      if (!line.trim()) continue
      for (const span of JSON.parse(line) as Span[]) {
        const key = SPANS[span.name]
        // Durations are in microseconds.
        if (key) phases[key] = Math.round((phases[key] ?? 0) + span.duration / 1000)
      }
    }
  }
  const manifest = path.join(distDir, 'prerender-manifest.json')
  if (existsSync(manifest))
    phases.prerenderedPaths = Object.keys(
      (JSON.parse(readFileSync(manifest, 'utf8')) as { routes: object }).routes,
    ).length
  return phases
}

/** When each phase ran, in epoch milliseconds, for cpu-by-phase.ts. */
export interface PhaseWindows {
  buildStart: number
  compile?: [number, number]
  pageData?: [number, number]
  staticGeneration?: [number, number]
}

const WINDOWS: Record<string, keyof Omit<PhaseWindows, 'buildStart'>> = {
  'run-turbopack': 'compile',
  'static-check': 'pageData',
  'static-generation': 'staticGeneration',
}

export function readPhaseWindows(distDir: string): PhaseWindows | undefined {
  const trace = path.join(distDir, 'trace')
  if (!existsSync(trace)) return undefined
  const spans = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => JSON.parse(line) as (Span & { startTime: number })[])
  const build = spans.find((span) => span.name === 'next-build')
  if (!build) return undefined
  const windows: PhaseWindows = { buildStart: build.startTime }
  for (const span of spans) {
    const key = WINDOWS[span.name]
    // startTime is in epoch milliseconds, duration in microseconds.
    if (key) windows[key] = [span.startTime, span.startTime + span.duration / 1000]
  }
  return windows
}
