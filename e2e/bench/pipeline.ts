import { rmSync } from 'node:fs'
import path from 'node:path'
import { SIZE_LADDER, type LadderKind } from '../real-archive/size-ladder'
import { runMeasured } from './proc'

export interface PipelineMeasurement {
  kind: LadderKind
  mb: number
  ms: number
  secondsPerMb: number
  /** Peak RSS of the process rendering that one post. */
  peakRssMb: number
}

/**
 * The content pipeline alone (read, render, TOC, search document, feed HTML;
 * no Next) over the size ladder, one post per process: seconds per MB and
 * peak memory of each kind, so markdown cost is seen apart from Next's
 * per-page cost.
 */
export async function measurePipeline(root: string): Promise<PipelineMeasurement[]> {
  const results: PipelineMeasurement[] = []
  for (const { kind } of SIZE_LADDER) {
    console.error(`[bench] pipeline: ${kind}`)
    const run = await runMeasured('node', ['--import', 'tsx', 'e2e/bench/pipeline-child.ts', kind], {
      cwd: root,
      env: { ...process.env, IMAGE_SIZES: '0', RENDER_CACHE: '0' },
      timeoutMs: 600_000,
    })
    if (run.code !== 0) throw new Error(`pipeline ${kind} failed:\n${run.tail}`)
    const line = run.tail.split('\n').find((text) => text.startsWith('{"kind"'))
    if (!line) throw new Error(`pipeline ${kind}: no result in\n${run.tail}`)
    const parsed = JSON.parse(line) as Omit<PipelineMeasurement, 'peakRssMb'>
    results.push({ ...parsed, secondsPerMb: Number(parsed.secondsPerMb.toFixed(2)), peakRssMb: run.peakTreeRssMb })
  }
  return results
}

export interface CorpusPipelineMeasurement {
  posts: number
  /** Read, parse and index every post (front matter, taxonomies, archives). */
  loadMs: number
  /** Render every post's markdown to HTML (render cache off). */
  renderMs: number
  /** Build the search index from the rendered posts (Pagefind). */
  searchIndexMs: number
  peakRssMb: number
}

/**
 * The content work of a whole build — load, render every post, search index —
 * through the same lib/ calls the routes make, in one process without Next:
 * what of the build's time is ours (markdown) rather than Next's per page.
 */
const PIPELINE_DIST_DIR = '.next-bench-pipeline'

export async function measureCorpusPipeline(root: string, corpusDir: string): Promise<CorpusPipelineMeasurement> {
  console.error(`[bench] content pipeline over ${corpusDir}`)
  // Emptied first: the search index's disk cache from an earlier run would make it a lookup (0.2 s for 1000 posts).
  rmSync(path.join(root, PIPELINE_DIST_DIR), { recursive: true, force: true })
  const run = await runMeasured('node', ['--import', 'tsx', 'e2e/bench/corpus-pipeline-child.ts'], {
    cwd: root,
    // Its own dist folder, so no cache of a real build is read or written.
    env: {
      ...process.env,
      CONTENT_DIR: corpusDir,
      NEXT_DIST_DIR: PIPELINE_DIST_DIR,
      IMAGE_SIZES: '0',
      RENDER_CACHE: '0',
    },
    timeoutMs: 3_600_000,
  })
  const line = run.tail.split('\n').find((text) => text.startsWith('{"posts"'))
  if (run.code !== 0 || !line) throw new Error(`content pipeline failed:\n${run.tail}`)
  return { ...(JSON.parse(line) as Omit<CorpusPipelineMeasurement, 'peakRssMb'>), peakRssMb: run.peakTreeRssMb }
}
