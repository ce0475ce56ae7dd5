/**
 * Are two builds' pages the same? A build-speed change must not change what
 * readers get: this compares the prerendered HTML of a sample of pages (every
 * page kind, every k-th file) between two build folders of the same corpus,
 * after taking out what differs between any two builds — the build id and
 * the hashed names of Next's script and style files (reported apart, as the
 * set of asset names each page loads).
 *
 * Usage: node --import tsx e2e/bench/compare-builds.ts <before dist> <after dist> [every-k]
 * Exit code 1 when any sampled page differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ASSET = /\/_next\/static\/[^"'\s)\\]+/g

function htmlFiles(dist: string): string[] {
  const app = path.join(dist, 'server', 'app')
  return readdirSync(app, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
}

/** The inline RSC payload: React streams its rows in the order async work finishes, which can differ between two builds. */
const FLIGHT_SCRIPT = /<script>self\.__next_f\.push\(.*?\)<\/script>/gs

/**
 * A page as markup (exact) plus its RSC payload as a sorted list of rows with
 * their ids taken out: the same rows streamed in another order compare equal,
 * any change to a row's content does not.
 */
function normalized(dist: string, file: string): { html: string; assets: string[] } {
  const buildId = readFileSync(path.join(dist, 'BUILD_ID'), 'utf8').trim()
  const raw = readFileSync(path.join(dist, 'server', 'app', file), 'utf8')
    .split(buildId)
    .join('BUILD_ID')
  const assets = [...new Set(raw.match(ASSET) ?? [])].map((url) =>
    url.replace(/[^/]+$/, (name) => name.replace(/[\w-]{8,}/, '#')),
  )
  // The stream's text, whatever its chunk boundaries (they fall where the stream paused), then its rows.
  const flight = (raw.match(FLIGHT_SCRIPT) ?? [])
    .map((script) => JSON.parse(script.slice('<script>self.__next_f.push('.length, -')</script>'.length)) as unknown[])
    .map((push) => (push[0] === 1 && typeof push[1] === 'string' ? push[1] : ''))
    .join('')
  const rows = flightRows(flight)
    .map((row) => row.replace(/\$(?:L|@|F)?[0-9a-f]+\b/g, '$id'))
    .sort()
  const markup = raw.replace(FLIGHT_SCRIPT, '')
  return { html: `${markup}\n${rows.join('\n')}`.replace(ASSET, '/_next/static/ASSET'), assets: assets.sort() }
}

/** RSC rows without their ids: `id:T<hex byte length>,<text>` rows carry text that may hold newlines; the others end at one. */
function flightRows(flight: string): string[] {
  const bytes = Buffer.from(flight)
  const rows: string[] = []
  let at = 0
  while (at < bytes.length) {
    const colon = bytes.indexOf(':', at)
    if (colon < 0) break
    if (bytes[colon + 1] === 'T'.charCodeAt(0)) {
      const comma = bytes.indexOf(',', colon)
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16)
      rows.push(`T${bytes.subarray(comma + 1, comma + 1 + length).toString()}`)
      at = comma + 1 + length
    } else {
      const end = bytes.indexOf('\n', colon)
      rows.push(bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString())
      at = end < 0 ? bytes.length : end + 1
    }
  }
  return rows
}

/** Where two strings first differ, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80))
  return `at char ${i}:\n    before ${around(a)}\n    after  ${around(b)}`
}

function main(before: string, after: string, every: number): number {
  for (const dist of [before, after])
    if (!existsSync(path.join(dist, 'BUILD_ID'))) throw new Error(`${dist}: not a next build folder (no BUILD_ID)`)
  const files = htmlFiles(before)
  const afterFiles = new Set(htmlFiles(after))
  const missing = files.filter((file) => !afterFiles.has(file))
  const extra = [...afterFiles].filter((file) => !files.includes(file))
  // Every page kind (first folder) at least once, then every k-th page.
  const kinds = new Map<string, string>()
  for (const file of files) if (!kinds.has(file.split('/')[0])) kinds.set(file.split('/')[0], file)
  const sample = [...new Set([...kinds.values(), ...files.filter((_, i) => i % every === 0)])].filter((file) =>
    afterFiles.has(file),
  )
  let different = 0
  let assetSetsDiffer = 0
  for (const file of sample) {
    const a = normalized(before, file)
    const b = normalized(after, file)
    if (a.assets.join() !== b.assets.join()) assetSetsDiffer++
    if (a.html !== b.html) {
      different++
      if (different <= 5) console.log(`DIFFERENT ${file} ${firstDifference(a.html, b.html)}`)
    }
  }
  console.log(
    `${files.length} pages before, ${afterFiles.size} after (${missing.length} missing, ${extra.length} new); ` +
      `${sample.length} sampled (${kinds.size} page kinds), ${different} different, ` +
      `${assetSetsDiffer} load a different set of script/style files`,
  )
  if (missing.length) console.log(`missing after: ${missing.slice(0, 10).join(', ')}`)
  if (extra.length) console.log(`new after: ${extra.slice(0, 10).join(', ')}`)
  return different > 0 || missing.length > 0 || extra.length > 0 ? 1 : 0
}

const [before, after, every = '20'] = process.argv.slice(2)
if (!before || !after) {
  console.error('usage: node --import tsx e2e/bench/compare-builds.ts <before dist> <after dist> [every-k]')
  process.exit(2)
}
process.exit(main(before, after, Number(every)))
