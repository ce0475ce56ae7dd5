/**
 * Search cost at scale: the size of the index the build published (its
 * files under `<dist>/static/search/`, as served), and for a few queries the bytes a reader downloads
 * from opening search to seeing the results, in a fresh browser profile
 * (nothing cached): the dialog's code, Pagefind's script, worker and
 * WebAssembly, the index chunks the query touches and one fragment per shown
 * result.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from './browser'

export interface SearchQueryCost {
  query: string
  status: string
  requests: number
  /** Response bodies as transferred (compressed where the server compresses). */
  bytes: number
  wallMs: number
}

export interface SearchBenchResult {
  indexFiles: number
  fragments: number
  /** Every file of the index as stored (index chunks and fragments are gzip already). */
  indexBytes: number
  /** Same, each file gzipped (-9) as a compressing server would send it. */
  indexGzipBytes: number
  queries: SearchQueryCost[]
  maxQueryBytes: number
}

/** Pagefind's files as the build published them (lib/search/search-index.ts): `<dist>/static/search/pagefind-<version>/**`. */
function indexFiles(distDir: string): string[] {
  return readdirSync(path.join(distDir, 'static', 'search'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

export async function measureSearch(
  origin: string,
  pagePath: string,
  distDir: string,
  queries: string[],
): Promise<SearchBenchResult> {
  const files = indexFiles(distDir)
  const indexBytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  const indexGzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0)
  const browser = await launchChromium()
  const costs: SearchQueryCost[] = []
  try {
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(new URL(encodeURI(pagePath), origin).href, { waitUntil: 'load' })
      // Search's own downloads: its code chunks, /pagefind/ and the published index (not Next's link prefetches or the post's images).
      const isSearchDownload = (url: string) => /\/pagefind\/|\/_next\/static\/(chunks|search)\//.test(url)
      let pending = 0
      const finished: Promise<number>[] = []
      page.on('request', (request) => {
        if (isSearchDownload(request.url())) pending++
      })
      page.on('requestfailed', (request) => {
        if (isSearchDownload(request.url())) pending--
      })
      page.on('requestfinished', (request) => {
        if (!isSearchDownload(request.url())) return
        pending--
        finished.push(request.sizes().then((sizes) => sizes.responseBodySize))
      })
      const dialog = page.getByRole('dialog', { name: 'Search' })
      const started = Date.now()
      // Until hydration "/" is just a key: press until the dialog answers.
      for (let attempt = 0; attempt < 50 && !(await dialog.isVisible()); attempt++) {
        await page.keyboard.press('/')
        await dialog.waitFor({ state: 'visible', timeout: 200 }).catch(() => {})
      }
      await dialog.getByRole('searchbox').fill(query)
      const status = dialog.getByRole('status')
      await status.filter({ hasText: `“${query}”` }).waitFor({ timeout: 60_000 })
      while (pending > 0) await page.waitForEvent('requestfinished', { timeout: 10_000 })
      const sizes = await Promise.all(finished)
      costs.push({
        query,
        status: (await status.innerText()).trim(),
        requests: sizes.length,
        bytes: sizes.reduce((sum, size) => sum + size, 0),
        wallMs: Date.now() - started,
      })
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    indexFiles: files.length,
    fragments: files.filter((file) => file.includes(`${path.sep}fragment${path.sep}`)).length,
    indexBytes,
    indexGzipBytes,
    queries: costs,
    maxQueryBytes: Math.max(0, ...costs.map((cost) => cost.bytes)),
  }
}
