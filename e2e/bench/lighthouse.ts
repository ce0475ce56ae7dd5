/**
 * Lighthouse (mobile preset: the CLI default, simulated throttling) on one
 * page, with the system Chromium. Installed on demand into .bench-tools:
 * lighthouse 13 needs Node ≥ 22.19, so on Node 20 the 12.x line is used.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from './browser'
import { ensureTools, installedVersion, toolsDir } from './tools'

export interface LighthouseResult {
  url: string
  version: string
  runs: number
  /** Scores 0–100, the median run by performance score. */
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  cls: number
  lcpMs: number
  fcpMs: number
  tbtMs: number
  performanceRuns: number[]
  /** Audits that kept a category below 100 (id: title), for the report. */
  failedAudits: string[]
}

interface LhAudit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  numericValue?: number
  details?: { items?: Record<string, unknown>[] }
}
interface LhReport {
  lighthouseVersion: string
  runtimeError?: { message: string }
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, LhAudit>
}

export function lighthouseSpec(): string {
  const major = Number(process.versions.node.split('.')[0])
  return major >= 22 ? 'lighthouse@13' : 'lighthouse@12'
}

function runOnce(root: string, url: string, keep?: string): LhReport {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-lh-'))
  const output = path.join(dir, 'report.json')
  const cli = path.join(toolsDir(root), 'node_modules', 'lighthouse', 'cli', 'index.js')
  const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg))].join(
    ' ',
  )
  try {
    const result = spawnSync(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromiumPath() }, encoding: 'utf8', timeout: 5 * 60_000 },
    )
    if (result.status !== 0)
      throw new Error(
        `lighthouse exited with ${result.status}: ${(result.stderr || result.stdout || String(result.error)).slice(-2000)}`,
      )
    const text = readFileSync(output, 'utf8')
    if (keep) writeFileSync(keep, text)
    const report = JSON.parse(text) as LhReport
    if (report.runtimeError) throw new Error(`lighthouse runtime error: ${report.runtimeError.message}`)
    return report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What a failing audit points at: console messages, shifted elements, URLs (first few). */
function auditDetails(audit: LhAudit): string {
  const items = audit.details?.items ?? []
  const described = items.slice(0, 4).map((item) => {
    const node = item.node as { snippet?: string } | undefined
    const text = item.description ?? item.url ?? node?.snippet ?? item.source
    return typeof text === 'string' ? text.replace(/\s+/g, ' ').slice(0, 160) : undefined
  })
  const list = described.filter(Boolean)
  return list.length > 0 ? ` — ${list.join(' | ')}${items.length > 4 ? ` (+${items.length - 4} more)` : ''}` : ''
}

const score = (report: LhReport, id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)

/** `keep`: where to write each run's full report (`-<run>.json` is appended). */
export function measureLighthouse(root: string, url: string, runs = 1, keep?: string): LighthouseResult {
  ensureTools(root, [lighthouseSpec()])
  const reports: LhReport[] = []
  for (let i = 0; i < runs; i++) {
    console.error(`[bench] lighthouse run ${i + 1}/${runs} on ${url}`)
    reports.push(runOnce(root, url, keep && `${keep}-${i + 1}.json`))
  }
  const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const median = sorted[Math.floor(sorted.length / 2)]
  const failedAudits: string[] = []
  for (const [category, data] of Object.entries(median.categories)) {
    for (const ref of data.auditRefs) {
      const audit = median.audits[ref.id]
      if (
        !audit ||
        audit.score === null ||
        audit.scoreDisplayMode === 'informative' ||
        audit.scoreDisplayMode === 'notApplicable'
      )
        continue
      if (audit.score < 1 && (category !== 'performance' || ref.weight > 0)) {
        failedAudits.push(
          `${category}/${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${auditDetails(audit)}`,
        )
      }
    }
  }
  const numeric = (id: string) => median.audits[id]?.numericValue ?? NaN
  return {
    url,
    version: median.lighthouseVersion ?? installedVersion(root, 'lighthouse') ?? '?',
    runs,
    performance: score(median, 'performance'),
    accessibility: score(median, 'accessibility'),
    bestPractices: score(median, 'best-practices'),
    seo: score(median, 'seo'),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    performanceRuns: reports.map((r) => score(r, 'performance')),
    failedAudits,
  }
}
