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
