/** The printed table, the budget verdicts and the JSON file. */
import type { BuildMeasurement, BuildResults } from './build'
import type { BytesReport } from './bytes'
import type { CorpusInfo } from './corpus'
import type { CorpusPipelineMeasurement, PipelineMeasurement } from './pipeline'
import type { HexoResult } from './hexo'
import type { LighthouseResult } from './lighthouse'
import type { LongTailResult } from './long-tail'
import type { SearchBenchResult } from './search'
import type { ThroughputResult } from './throughput'
import type { TocScrollResult } from './toc-scroll'

export interface BenchResult {
  startedAt: string
  finishedAt?: string
  totalMs?: number
  machine: { node: string; cpus: number; cpuModel: string; memGb: number; platform: string }
  options: Record<string, unknown>
  corpus: CorpusInfo
  build?: BuildResults
  /** --prerender K: posts past the newest K, rendered by next start on request. */
  longTail?: LongTailResult
  bytes?: BytesReport
  throughput?: ThroughputResult
  toc?: TocScrollResult
  search?: SearchBenchResult
  lighthouse?: LighthouseResult
  lighthouseError?: string
  /** Hexo with hexo-theme-icarus, the theme the source blogs used: the line the ratios compare against. */
  hexo?: HexoResult
  hexoError?: string
  /** Hexo with a minimal nunjucks theme (no sidebars): the floor of what Hexo costs. */
  hexoMinimal?: HexoResult
  hexoMinimalError?: string
  /** Ours (cold build) over `hexo` (Icarus). */
  ratios?: { buildWallOursOverHexo: number; peakRssOursOverHexo: number; msPerPageOursOverHexo: number }
  pipeline?: PipelineMeasurement[]
  /** The content work of the whole corpus without Next (--pipeline). */
  corpusPipeline?: CorpusPipelineMeasurement
  budgets: Budget[]
  notes: string[]
}

export interface Budget {
  name: string
  limit: string
  measured: string
  pass: boolean | null
  gap?: string
}

const KiB = 1024
const sum = (assets: { gzip: number }[]) => assets.reduce((total, a) => total + a.gzip, 0)
export const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** A budget on a size: pass when `bytes` is at most `limitKib` KiB. */
function sizeBudget(name: string, bytes: number, limitKib: number): Budget {
  const limit = limitKib * KiB
  return {
    name,
    limit: `≤ ${limitKib} KiB`,
    measured: kib(bytes),
    pass: bytes <= limit,
    gap: bytes > limit ? `+${kib(bytes - limit)}` : undefined,
  }
}

/** The page kind of the post with a 500-reply conversation (corpus.ts, conversation.ts). */
export const REPLIES_KIND = 'post-500-replies'
/**
 * HTML budget of a post with 500 replies: the post, the replies' text and
 * markup, and Next's copy of both in the page's RSC payload (about 60 % of
 * the raw bytes). Measured at N=50: 810 KiB raw, 83 KiB gzip (the page does
 * not grow with N: sidebars are bounded).
 */
const REPLIES_HTML_KIB = { raw: 1024, gzip: 120 }

export function checkBudgets(result: BenchResult): Budget[] {
  const budgets: Budget[] = []
  if (result.bytes) {
    budgets.push(sizeBudget('post page extra JS (gzip) over framework baseline', result.bytes.postExtra.gzip, 6))
    const post = result.bytes.pages.find((p) => p.kind === 'post')
    if (post) budgets.push(sizeBudget('post page total CSS (gzip)', post.cssGzip, 15))
    const replies = result.bytes.pages.find((p) => p.kind === REPLIES_KIND)
    if (replies) {
      budgets.push(sizeBudget('post with 500 replies: HTML (raw)', replies.htmlRaw, REPLIES_HTML_KIB.raw))
      budgets.push(sizeBudget('post with 500 replies: HTML (gzip)', replies.htmlGzip, REPLIES_HTML_KIB.gzip))
      // The thread is static HTML: the page loads exactly the scripts of a post without replies.
      const postScripts = new Set(post?.js.map((a) => a.url))
      const extra = replies.js.filter((a) => !postScripts.has(a.url))
      budgets.push(sizeBudget('post with 500 replies: JS beyond a post without (gzip)', sum(extra), 0))
    }
  }
  if (result.search) {
    budgets.push(
      sizeBudget('search: bytes one query downloads (code + index + results)', result.search.maxQueryBytes, 300),
    )
  }
  const lh = result.lighthouse
  if (lh) {
    const check = (name: string, value: number, ok: boolean, limit: string, gap: string) =>
      budgets.push({
        name: `Lighthouse mobile ${name}`,
        limit,
        measured: String(value),
        pass: ok,
        gap: ok ? undefined : gap,
      })
    check('performance', lh.performance, lh.performance >= 98, '≥ 98', `${lh.performance - 98}`)
    check('accessibility', lh.accessibility, lh.accessibility === 100, '= 100', `${lh.accessibility - 100}`)
    check('best practices', lh.bestPractices, lh.bestPractices === 100, '= 100', `${lh.bestPractices - 100}`)
    check('SEO', lh.seo, lh.seo === 100, '= 100', `${lh.seo - 100}`)
    check('CLS', lh.cls, lh.cls === 0, '= 0', `+${lh.cls}`)
  } else if (result.options.lighthouse) {
    budgets.push({
      name: 'Lighthouse mobile (all)',
      limit: 'perf ≥ 98, a11y/BP/SEO = 100, CLS = 0',
      measured: 'not run',
      pass: null,
      gap: result.lighthouseError,
    })
  }
  return budgets
}

function table(rows: string[][], indent = '  '): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows
    .map(
      (r) =>
        indent +
        r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
          .join('  ')
          .trimEnd(),
    )
    .join('\n')
}

export function formatReport(r: BenchResult): string {
  const out: string[] = []
  if (r.corpus)
    out.push(
      `Hexo Reader bench — ${r.corpus.posts} posts (+ toc-240), ${r.corpus.distinctTags} tags, corpus ${(r.corpus.bytes / 1e6).toFixed(1)} MB`,
    )
  out.push(`Node ${r.machine.node}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memGb} GB RAM`)
  if (r.pipeline) {
    out.push(
      '',
      'Content pipeline alone (read, render, TOC, search document, feed HTML), size ladder, one process per post',
    )
    out.push(
      table([
        ['post', 'MB', 'time', 's per MB', 'peak RSS'],
        ...r.pipeline.map((p) => [p.kind, p.mb.toFixed(2), sec(p.ms), p.secondsPerMb.toFixed(2), `${p.peakRssMb} MB`]),
      ]),
    )
  }
  if (r.corpusPipeline) {
    const c = r.corpusPipeline
    out.push('', `Content pipeline alone over the corpus (${c.posts} posts, no Next, render cache off)`)
    out.push(
      table([
        ['load + index', 'render every post', 'search index', 'peak RSS'],
        [sec(c.loadMs), sec(c.renderMs), sec(c.searchIndexMs), `${c.peakRssMb} MB`],
      ]),
    )
  }
  if (r.build) {
    const phase = (ms: number | undefined) => (ms === undefined ? '—' : sec(ms))
    const { cold, warm } = r.build
    const col = (f: (b: typeof cold) => string) => [f(cold), warm ? f(warm) : '—']
    const prerender = r.options.prerender === undefined ? '' : `, PRERENDER_POSTS=${String(r.options.prerender)}`
    out.push('', `next build (Turbopack), CONTENT_DIR=corpus, distDir .next-bench${prerender}`)
    out.push(
      table([
        ['', 'cold', 'warm'],
        ['wall time', ...col((b) => sec(b.wallMs))],
        ['peak RSS, process tree', ...col((b) => `${b.peakTreeRssMb} MB`)],
        ['max RSS, one process (GNU time)', ...col((b) => (b.gnuTimeMaxRssMb ? `${b.gnuTimeMaxRssMb} MB` : '—'))],
        ['CPU time (user+sys)', ...col((b) => (b.cpuS !== undefined ? `${b.cpuS} s` : '—'))],
        ['machine busy during build', ...col((b) => `${b.machineBusyS} s`)],
        ['pages (.html)', ...col((b) => String(b.pages))],
        ['ms per page', ...col((b) => b.msPerPage.toFixed(1))],
        ['  compile (Turbopack)', ...col((b) => phase(b.phases?.compileMs))],
        ['  page data (incl. search index)', ...col((b) => phase(b.phases?.pageDataMs))],
        ['  static generation', ...col((b) => phase(b.phases?.staticGenerationMs))],
        ['  cache write (beside page data)', ...col((b) => phase(b.phases?.cacheWriteMs))],
        ['  paths prerendered', ...col((b) => String(b.phases?.prerenderedPaths ?? '—'))],
      ]),
    )
    if (cold.processes?.length) {
      out.push('', 'CPU seconds by process and phase, cold build (a page worker that stops early is a core left idle)')
      out.push(
        table([
          ['process', 'compile', 'page data', 'static generation', 'in all', 'last busy at'],
          ...cold.processes.map((p) => [
            `${p.process} (${p.pid})`,
            `${p.compileS} s`,
            `${p.pageDataS} s`,
            `${p.staticGenerationS} s`,
            `${p.totalS} s`,
            `${p.lastBusyAtS} s`,
          ]),
        ]),
      )
      out.push('', 'Largest resident memory by process and phase, cold build (sampled once a second)')
      out.push(
        table([
          ['process', 'compile', 'page data', 'static generation'],
          ...cold.processes.map((p) => [
            `${p.process} (${p.pid})`,
            ...[p.compileRssMb, p.pageDataRssMb, p.staticGenerationRssMb].map((mb) => (mb ? `${mb} MiB` : '—')),
          ]),
        ]),
      )
    }
    if (r.build.warmSkipped) out.push(`  warm build skipped: ${r.build.warmSkipped}`)
    if (r.build.warmEdited) out.push(`  warm build: cache kept, ${r.build.warmEdited} edited`)
    for (const profile of cold.profiles ?? []) {
      out.push(
        '',
        `CPU profile of process ${profile.process} (cold build, profiled): ${sec(profile.busyMs)} busy of ${sec(profile.totalMs)}, self time by source`,
      )
      out.push(table([['kind of work', 'self'], ...profile.byKind.map((k) => [k.kind, sec(k.ms)])]))
      out.push(table([['source', 'self'], ...profile.top.map((t) => [t.source, sec(t.ms)])]))
    }
  }
  if (r.longTail) {
    const l = r.longTail
    const row = (label: string, q: typeof l.oldestFirst) => [
      label,
      decodeURI(q.path),
      String(q.status),
      q.cache,
      `${q.ms} ms`,
    ]
    out.push('', `Long-tail posts (PRERENDER_POSTS=${l.prerendered}: next start renders the others on first request)`)
    out.push(
      table([
        ['request', 'post', 'status', 'cache', 'time'],
        row('oldest, first (loads the posts snapshot)', l.oldestFirst),
        row('oldest, second', l.oldestSecond),
        row('second-oldest, first', l.anotherFirst),
      ]),
    )
  }
  if (r.bytes) {
    out.push('', 'Bytes per page kind (gzip = node:zlib level 9, per file)')
    out.push(
      table([
        ['page', 'HTML', 'HTML gz', 'JS', 'JS gz', 'scripts', 'CSS', 'CSS gz'],
        ...r.bytes.pages.map((p) => [
          `${p.kind} ${decodeURI(p.path)}`,
          kib(p.htmlRaw),
          kib(p.htmlGzip),
          kib(p.jsRaw),
          kib(p.jsGzip),
          String(p.js.length),
          kib(p.cssRaw),
          kib(p.cssGzip),
        ]),
      ]),
    )
    const b = r.bytes
    if (b.pages.some((p) => p.kind === REPLIES_KIND))
      out.push(
        `  ${REPLIES_KIND}: a conversation of 500 replies, up to ${r.corpus.repliesMaxDepth} levels deep (e2e/bench/conversation.ts)`,
      )
    const nomodule = b.pages[0]?.nomoduleJs ?? []
    if (nomodule.length > 0)
      out.push(
        `  not counted: ${nomodule.length} <script nomodule> file(s) (legacy polyfills), ${kib(nomodule.reduce((t, a) => t + a.gzip, 0))} gzip`,
      )
    out.push(
      `  framework baseline (scripts on every page kind): ${b.baseline.scripts.length} scripts, ${kib(b.baseline.raw)} raw, ${kib(b.baseline.gzip)} gzip`,
    )
    out.push(
      `  post page extra over baseline: ${b.postExtra.scripts.length} scripts, ${kib(b.postExtra.raw)} raw, ${kib(b.postExtra.gzip)} gzip`,
    )
    for (const s of b.postExtra.scripts) out.push(`    ${s.url}  ${kib(s.raw)} raw, ${kib(s.gzip)} gzip`)
  }
  if (r.throughput) {
    const t = r.throughput
    out.push(
      '',
      `Throughput (autocannon, ${t.connections} connections, ${t.durationS} s, Accept-Encoding: gzip) on ${decodeURI(new URL(t.url).pathname)}`,
    )
    out.push(
      table([
        ['requests/s', 'p50', 'p99', 'max', 'non-2xx', 'errors'],
        [
          String(t.requestsPerSec),
          `${t.latencyP50Ms} ms`,
          `${t.latencyP99Ms} ms`,
          `${t.latencyMaxMs} ms`,
          String(t.non2xx),
          String(t.errors + t.timeouts),
        ],
      ]),
    )
  }
  if (r.toc) {
    const t = r.toc
    out.push(
      '',
      `TOC scroll-spy, /posts/toc-240 at 1280×800, ${t.steps} wheel steps over ${t.scrolledPx} px (${t.tocLinks} TOC links)`,
    )
    out.push(
      table([
        ['scripting', 'net of harness', 'task', 'layout', 'style', 'long tasks', 'max long task'],
        [
          `${t.scriptingMs} ms`,
          `${t.scriptingNetMs} ms`,
          `${t.taskMs} ms`,
          `${t.layoutMs} ms`,
          `${t.recalcStyleMs} ms`,
          String(t.longTasks),
          `${t.maxLongTaskMs} ms`,
        ],
      ]),
    )
    out.push(`  active TOC entry at the bottom: ${t.activeAtEnd ?? 'none'} (last heading #${t.lastHeadingId ?? '?'})`)
  }
  if (r.search) {
    const s = r.search
    out.push(
      '',
      `Search index (Pagefind): ${s.indexFiles} files (${s.fragments} fragments), ${kib(s.indexBytes)} as stored, ${kib(s.indexGzipBytes)} gzip`,
    )
    out.push(
      table([
        ['query (fresh profile)', 'result', 'requests', 'downloaded', 'time'],
        ...s.queries.map((q) => [q.query, q.status, String(q.requests), kib(q.bytes), `${q.wallMs} ms`]),
      ]),
    )
  }
  if (r.lighthouse) {
    const l = r.lighthouse
    out.push(
      '',
      `Lighthouse ${l.version}, mobile preset, ${l.runs} run(s) (perf runs: ${l.performanceRuns.join(', ')}) on ${decodeURI(new URL(l.url).pathname)}`,
    )
    out.push(
      table([
        ['performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'LCP', 'FCP', 'TBT'],
        [
          String(l.performance),
          String(l.accessibility),
          String(l.bestPractices),
          String(l.seo),
          String(l.cls),
          `${l.lcpMs} ms`,
          `${l.fcpMs} ms`,
          `${l.tbtMs} ms`,
        ],
      ]),
    )
    for (const a of l.failedAudits) out.push(`  below 100: ${a}`)
  } else if (r.lighthouseError) out.push('', `Lighthouse not measured: ${r.lighthouseError}`)
  const hexoLines = [
    { name: 'icarus', result: r.hexo, error: r.hexoError },
    { name: 'minimal', result: r.hexoMinimal, error: r.hexoMinimalError },
  ]
  const measured = hexoLines.flatMap((l) => (l.result ? [{ name: l.name, h: l.result }] : []))
  if (measured.length > 0) {
    const version = [...new Set(measured.map((m) => m.h.version))].join(' / ')
    out.push('', `Hexo ${version} (hexo generate, same corpus, per_page 6, yearly+monthly archives, atom feed)`)
    for (const { name, h } of measured) out.push(`  ${name}: ${h.theme}`)
    const ours = r.build?.cold
    const ratio = (a: number | undefined, b: number) => (a === undefined ? '—' : (a / b).toFixed(2))
    const mb = (n: number) => `${n} MB`
    const oneDecimal = (n: number) => n.toFixed(1)
    const row = (label: string, of: (b: BuildMeasurement) => number, show: (n: number) => string, ratios = true) => [
      label,
      ours ? show(of(ours)) : '—',
      ...measured.flatMap(({ h }) => [show(of(h)), ratios ? ratio(ours && of(ours), of(h)) : '']),
    ]
    out.push(
      table([
        ['', 'ours (cold)', ...measured.flatMap(({ name }) => [`hexo ${name}`, `ours / ${name}`])],
        row('wall time', (b) => b.wallMs, sec),
        row('peak RSS, process tree', (b) => b.peakTreeRssMb, mb),
        row('pages', (b) => b.pages, String, false),
        row('ms per page', (b) => b.msPerPage, oneDecimal),
      ]),
    )
  }
  for (const { name, error } of hexoLines) if (error) out.push('', `Hexo (${name}) not measured: ${error}`)
  out.push('', 'Budgets')
  if (r.budgets.length === 0) out.push('  (none measured)')
  for (const b of r.budgets) {
    const verdict = b.pass === null ? 'N/A ' : b.pass ? 'PASS' : 'FAIL'
    out.push(
      `  ${verdict}  ${b.name}: ${b.measured} (budget ${b.limit})${b.pass === false && b.gap ? `, gap ${b.gap}` : ''}${b.pass === null && b.gap ? ` — ${b.gap}` : ''}`,
    )
  }
  for (const note of r.notes) out.push(`  note: ${note}`)
  if (r.totalMs) out.push('', `total bench time ${sec(r.totalMs)}`)
  return out.join('\n')
}
