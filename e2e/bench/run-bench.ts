/**
 * `npm run bench [-- --posts 5000] [-- --hexo] [-- --lighthouse] [-- --skip-build]`
 *
 * Generates a deterministic corpus, builds the site over it (cold, then warm),
 * serves it with `next start` on port 3200 and measures bytes per page kind,
 * throughput, the TOC scroll-spy cost and optionally Lighthouse; optionally
 * the same corpus through Hexo. Prints a table and writes
 * bench-results/bench-<N>.json. Everything runs one step at a time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from './args'
import { countHtml, measureBuilds, type BuildResults } from './build'
import { measureBytes } from './bytes'
import { DIST_DIR } from './config'
import { DEFAULT_SEED, generateCorpus, TOC_SLUG, type CorpusInfo } from './corpus'
import { measureHexo, MINIMAL_THEME } from './hexo'
import { ICARUS_THEME } from './hexo-icarus'
import { measureLighthouse } from './lighthouse'
import { measureLongTail } from './long-tail'
import { measureCorpusPipeline, measurePipeline } from './pipeline'
import { checkBudgets, formatReport, REPLIES_KIND, type BenchResult } from './report'
import { startServer, type Server } from './server'
import { measureSearch } from './search'
import { measureThroughput } from './throughput'
import { measureTocScroll } from './toc-scroll'
import { TOOLS_DIR } from './tools'

class SkipServer extends Error {}

/** A frequent Chinese word, a rarer one inside unspaced text, a common English word (the corpus's vocabulary). */
const SEARCH_QUERIES = ['区块链', '茉莉花茶', 'lens']

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n')

/** Which corpus the build in .next-bench was made from, so --skip-build cannot measure a stale one. */
const stampFile = (root: string) => path.join(root, DIST_DIR, 'bench-corpus.json')

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const root = process.cwd()
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name?: string }
  if (pkg.name !== 'hexo-reader') throw new Error(`run from the project root (found package ${pkg.name} in ${root})`)
  const started = Date.now()
  const cpus = os.cpus()
  const result: BenchResult = {
    startedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? '?',
      memGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    options: { ...options },
    corpus: undefined as unknown as CorpusInfo,
    budgets: [],
    notes: [],
  }
  const outDir = path.join(root, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  const outFile = path.join(
    outDir,
    options.pipelineOnly ? 'bench-pipeline.json' : `bench-${options.posts}${options.hexoOnly ? '-hexo' : ''}.json`,
  )
  const save = () => writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n')

  // 0. The content pipeline alone, before anything else runs.
  if (options.pipeline) {
    result.pipeline = await measurePipeline(root)
    save()
    if (options.pipelineOnly) {
      result.finishedAt = new Date().toISOString()
      result.totalMs = Date.now() - started
      save()
      console.log(formatReport(result))
      console.log(`\nJSON: ${path.relative(root, outFile)}`)
      return
    }
  }

  // 1. Corpus.
  const corpusDir = path.join(root, TOOLS_DIR, `corpus-${options.posts}`)
  const t0 = Date.now()
  result.corpus = generateCorpus(corpusDir, options.posts, options.seed ?? DEFAULT_SEED)
  console.error(`[bench] corpus: ${result.corpus.posts} posts + ${TOC_SLUG} in ${corpusDir} (${Date.now() - t0} ms)`)
  if (options.pipeline) {
    result.corpusPipeline = await measureCorpusPipeline(root, corpusDir)
    save()
  }

  // 2. Builds.
  if (options.hexoOnly) {
    result.notes.push('--hexo-only: no Next build or server measurements')
  } else if (options.skipBuild) {
    const stamp = existsSync(stampFile(root))
      ? (JSON.parse(readFileSync(stampFile(root), 'utf8')) as {
          corpusDir: string
          prerender?: number
          build?: BuildResults
        })
      : undefined
    if (stamp?.corpusDir !== corpusDir || stamp.prerender !== options.prerender)
      throw new Error(
        `--skip-build: ${DIST_DIR} was not built from ${corpusDir} with --prerender ${options.prerender ?? '(none)'}; run without --skip-build`,
      )
    result.build = stamp.build
    result.notes.push(
      `--skip-build: build numbers are from the earlier build (${countHtml(path.join(root, DIST_DIR, 'server', 'app'))} pages on disk)`,
    )
  } else {
    result.build = await measureBuilds(
      root,
      corpusDir,
      options.coldOnly,
      options.renderCache,
      options.prerender,
      options.profile ? path.join(outDir, `cpu-profiles-${options.posts}`) : undefined,
    )
    writeFileSync(
      stampFile(root),
      JSON.stringify({ corpusDir, prerender: options.prerender, build: result.build }, null, 2),
    )
  }
  save()

  // 3–6. Against next start.
  let server: Server | undefined
  try {
    if (options.hexoOnly) throw new SkipServer()
    server = await startServer(root, corpusDir, options.renderCache, options.prerender)
    const origin = server.origin
    const postPath = `/posts/${result.corpus.samplePost}`
    // First, while no request has made the server load the posts.
    if (options.prerender !== undefined) {
      try {
        console.error(`[bench] long-tail posts: first and second requests (PRERENDER_POSTS=${options.prerender})`)
        result.longTail = await measureLongTail(origin, corpusDir, options.prerender)
      } catch (error) {
        result.notes.push(`long tail: ${message(error)}`)
      }
      save()
    }
    try {
      result.bytes = await measureBytes(origin, [
        { kind: 'home', path: '/' },
        { kind: 'post', path: postPath },
        { kind: 'tag', path: `/tags/${result.corpus.topTag}` },
        { kind: 'archive', path: '/archives' },
        { kind: 'post-240h', path: `/posts/${TOC_SLUG}` },
        { kind: REPLIES_KIND, path: `/posts/${result.corpus.repliesPost}` },
      ])
    } catch (error) {
      result.notes.push(`bytes: ${message(error)}`)
    }
    save()
    try {
      console.error(`[bench] autocannon ${options.connections} connections × ${options.duration} s on ${postPath}`)
      result.throughput = await measureThroughput(
        root,
        new URL(encodeURI(postPath), origin).href,
        options.connections,
        options.duration,
      )
    } catch (error) {
      result.notes.push(`throughput: ${message(error)}`)
    }
    save()
    try {
      console.error(`[bench] TOC scroll on /posts/${TOC_SLUG}`)
      result.toc = await measureTocScroll(`${origin}/posts/${TOC_SLUG}`)
    } catch (error) {
      result.notes.push(`toc: ${message(error)}`)
    }
    save()
    try {
      console.error('[bench] search: index size and bytes per query')
      result.search = await measureSearch(origin, postPath, path.join(root, DIST_DIR), [
        ...SEARCH_QUERIES,
        result.corpus.topTag,
      ])
    } catch (error) {
      result.notes.push(`search: ${message(error)}`)
    }
    save()
    if (options.lighthouse) {
      try {
        result.lighthouse = measureLighthouse(
          root,
          new URL(encodeURI(postPath), origin).href,
          options.lighthouseRuns,
          path.join(outDir, `lighthouse-${options.posts}`),
        )
      } catch (error) {
        result.lighthouseError = message(error)
      }
      save()
    }
  } catch (error) {
    if (!(error instanceof SkipServer)) throw error
  } finally {
    await server?.stop()
  }

  // 7. Hexo, after the server is gone so nothing else runs: Icarus (the source blogs' theme, the
  // primary line the ratios use), then the minimal theme, each in its own process.
  if (options.hexo) {
    try {
      result.hexo = await measureHexo(root, corpusDir, options.posts, ICARUS_THEME)
      if (result.build) {
        const ours = result.build.cold
        result.ratios = {
          buildWallOursOverHexo: Number((ours.wallMs / result.hexo.wallMs).toFixed(2)),
          peakRssOursOverHexo: Number((ours.peakTreeRssMb / result.hexo.peakTreeRssMb).toFixed(2)),
          msPerPageOursOverHexo: Number((ours.msPerPage / result.hexo.msPerPage).toFixed(2)),
        }
      }
    } catch (error) {
      result.hexoError = message(error)
    }
    save()
    try {
      result.hexoMinimal = await measureHexo(root, corpusDir, options.posts, MINIMAL_THEME)
    } catch (error) {
      result.hexoMinimalError = message(error)
    }
  }

  result.budgets = checkBudgets(result)
  result.finishedAt = new Date().toISOString()
  result.totalMs = Date.now() - started
  save()
  console.log(formatReport(result))
  console.log(`\nJSON: ${path.relative(root, outFile)}`)
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
