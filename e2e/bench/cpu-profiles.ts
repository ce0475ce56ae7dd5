/**
 * Where the CPU time of a build went, from V8 CPU profiles (`--profile`:
 * cpu-prof-preload.cjs is preloaded into the build's main process and every
 * worker Next starts, and each writes one `.cpuprofile`). Self time is summed per
 * source: Turbopack's server chunks are mapped back through their source maps
 * to `lib/…`, `components/…`, `app/…` or the package they bundle; files
 * outside the build are named by their package. Native work (Turbopack's
 * compiler, Pagefind's binary) shows up only as "(program)" or not at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface ProcessProfile {
  /** The process: pid and what it ran (Next's main process, a static-generation worker, …). */
  process: string
  /** Sampled wall time of the process. */
  totalMs: number
  /** Time not spent waiting: total minus "(idle)". */
  busyMs: number
  /** Self time per kind of work (see kindOf), largest first. */
  byKind: { kind: string; ms: number }[]
  /** Self time per source, largest first; the rest is summed as "other". */
  top: { source: string; ms: number }[]
}

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const TOP = 15

/** One summary per process that wrote profiles into `dir` (cpu-prof-preload.cjs: `<pid>-<slice>.cpuprofile`). */
export function summarizeProfiles(dir: string): ProcessProfile[] {
  const maps = new SourceMaps()
  const slicesByPid = new Map<string, string[]>()
  for (const name of readdirSync(dir)) {
    const pid = /^(\d+)-\d+\.cpuprofile$/.exec(name)?.[1]
    if (pid) slicesByPid.set(pid, [...(slicesByPid.get(pid) ?? []), path.join(dir, name)])
  }
  return [...slicesByPid]
    .map(([pid, files]) => summarize(`${pid} ${role(dir, pid)}`, files, maps))
    .sort((a, b) => b.busyMs - a.busyMs)
}

function summarize(label: string, files: string[], maps: SourceMaps): ProcessProfile {
  const bySource = new Map<string, number>()
  let totalUs = 0
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
    const sourceOf = attributedSources(profile, maps)
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0
      totalUs += us
      addTo(bySource, sourceOf.get(id) ?? '?', us)
    })
  }
  const ranked = [...bySource].filter(([source]) => source !== '(idle)').sort((a, b) => b[1] - a[1])
  const busyUs = ranked.reduce((sum, [, us]) => sum + us, 0)
  const top = ranked.slice(0, TOP).map(([source, us]) => ({ source, ms: ms(us) }))
  const rest = ranked.slice(TOP).reduce((sum, [, us]) => sum + us, 0)
  if (rest > 0) top.push({ source: 'other', ms: ms(rest) })
  const byKind = new Map<string, number>()
  for (const [source, us] of ranked) addTo(byKind, kindOf(source), us)
  return {
    process: label,
    totalMs: ms(totalUs),
    busyMs: ms(busyUs),
    byKind: [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, us]) => ({ kind, ms: ms(us) })),
    top,
  }
}

const addTo = (sums: Map<string, number>, key: string, us: number) => sums.set(key, (sums.get(key) ?? 0) + us)
const ms = (us: number) => Math.round(us / 1000)

/**
 * Each profile node's source. Node's own JavaScript (fs, streams, module loading) and
 * native built-ins (JSON.parse, RegExp) are named with the nearest caller that is neither,
 * `node:fs ← next: server`, so the time says whose work it was.
 */
function attributedSources(profile: CpuProfile, maps: SourceMaps): Map<number, string> {
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
  const own = new Map(profile.nodes.map((node) => [node.id, maps.source(node.callFrame)]))
  const borrowed = (source: string) => source.startsWith('node:') || source === '(native)'
  const attributed = new Map<number, string>()
  for (const node of profile.nodes) {
    const source = own.get(node.id)!
    if (!borrowed(source)) {
      attributed.set(node.id, source)
      continue
    }
    let caller = parentOf.get(node.id)
    while (caller !== undefined && borrowed(own.get(caller)!)) caller = parentOf.get(caller)
    const callerSource = caller === undefined ? undefined : own.get(caller)
    attributed.set(node.id, callerSource && !callerSource.startsWith('(') ? `${source} ← ${callerSource}` : source)
  }
  return attributed
}

const MARKDOWN_PACKAGE =
  /^(micromark.*|mdast-.*|hast-.*|hastscript|unist-.*|unified|vfile.*|remark-.*|rehype-.*|parse5|shiki|@shikijs\/.*|oniguruma-.*|property-information|entities|character-.*|decode-named-character-reference|zwitch|html-void-elements|space-separated-tokens|comma-separated-tokens|trough|bail|devlop|github-slugger|hexo-util|html-url-attributes|stringify-entities|web-namespaces|ccount|longest-streak|markdown-table|trim-lines|estree-util-.*|is-plain-obj)$/

/** The kind of work a source's time was: the breakdown BENCH.md gives per process. */
export function kindOf(attributed: string): string {
  if (attributed === '(garbage collector)') return 'garbage collection'
  // "node:fs ← next: server" was the caller's work
  const source = attributed.includes(' ← ') ? attributed.split(' ← ')[1] : attributed
  if (source === 'cpu-prof-preload.cjs') return 'the profiler itself (writing profiles)'
  if (/^(lib|components|app)(\/|$)/.test(source)) return 'our code (lib, components, app)'
  if (source.startsWith('next') || /^react(-dom)?$/.test(source)) return 'Next.js and React (render, RSC, writing files)'
  if (MARKDOWN_PACKAGE.test(source)) return 'markdown → HTML (unified, micromark, parse5, shiki, …)'
  if (source === 'gray-matter' || source === 'js-yaml') return 'front matter (gray-matter, js-yaml)'
  if (source.startsWith('pagefind')) return 'search index (Pagefind)'
  if (source.startsWith('(') || source.startsWith('node:')) return 'V8 and Node without a JS caller'
  return 'other packages and files'
}

/** What a process ran, from its command line: `next build`, `jest-worker` (Next's page workers), a Turbopack pool. */
function role(dir: string, pid: string): string {
  try {
    const { argv } = JSON.parse(readFileSync(path.join(dir, `${pid}.process.json`), 'utf8')) as { argv: string[] }
    const script = argv[1] ?? ''
    if (script.includes('jest-worker')) return '(Next worker: page data, static generation)'
    if (script.includes('turbopack-node')) return '(Turbopack Node pool: PostCSS)'
    if (/next$/.test(script)) return `(next ${argv.slice(2).join(' ')})`
    return `(${path.basename(script)})`
  } catch {
    return ''
  }
}

/** Names a call frame's source: a project folder, a package, Node itself, or V8's pseudo-frames. */
class SourceMaps {
  private readonly cache = new Map<string, SourceMap | null>()

  source(frame: CallFrame): string {
    if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)'
    // node:internal/modules/cjs/loader → node:modules, node:internal/fs/utils → node:fs
    if (frame.url.startsWith('node:')) return `node:${frame.url.slice(5).replace(/^internal\//, '').split('/')[0]}`
    const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
    const map = this.mapFor(file)
    const original = map?.findEntry(frame.lineNumber, frame.columnNumber)
    const originalFile = original && 'originalSource' in original ? original.originalSource : undefined
    return bucket(originalFile ?? file)
  }

  private mapFor(file: string): SourceMap | null {
    if (!this.cache.has(file)) {
      const mapFile = `${file}.map`
      let map: SourceMap | null = null
      if (file.includes(`${path.sep}chunks${path.sep}`) && existsSync(mapFile)) {
        try {
          map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload)
        } catch {
          map = null // an unreadable map: the chunk is named by its file instead
        }
      }
      this.cache.set(file, map)
    }
    return this.cache.get(file) ?? null
  }
}

/** `…/node_modules/next/dist/compiled/react-dom/…` → `next: react-dom`; `../../../../lib/markdown/x.ts` → `lib/markdown`. */
export function bucket(source: string): string {
  const modules = source.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const parts = source.slice(modules + 'node_modules/'.length).split('/')
    const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
    if (pkg === 'next' && parts[1] === 'dist' && parts[2] === 'compiled') return `next: ${parts[3]}`
    if (pkg === 'next' && parts[1] === 'dist') return `next: ${parts[2]}`
    return pkg
  }
  // Turbopack's maps name project files relative to the chunk (../../../../lib/x.ts) or as [project]/lib/x.ts
  const project = (/\[project\]\/(.+)$/.exec(source)?.[1] ?? source).replace(/^(\.\.?\/)+/, '')
  const dirs = project.split('/').slice(0, -1)
  if (['lib', 'components', 'app'].includes(dirs[0] ?? '')) return dirs.slice(0, 2).join('/')
  return path.basename(project)
}
