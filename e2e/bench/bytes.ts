/**
 * Bytes per page kind: the HTML, and the JS and CSS the page loads (from its
 * `<script src>` and `<link rel=stylesheet>` tags), raw and gzip -9 each.
 * The framework baseline is the set of scripts every measured page loads.
 */
import { gzipSync } from 'node:zlib'

export interface Asset {
  url: string
  raw: number
  gzip: number
}

export interface PageBytes {
  kind: string
  path: string
  status: number
  htmlRaw: number
  htmlGzip: number
  js: Asset[]
  jsRaw: number
  jsGzip: number
  css: Asset[]
  cssRaw: number
  cssGzip: number
  /** `<script nomodule>` files: not loaded by current browsers, not counted in js. */
  nomoduleJs: Asset[]
}

export interface BytesReport {
  pages: PageBytes[]
  /** Scripts loaded by every measured page. */
  baseline: { scripts: string[]; raw: number; gzip: number }
  /** Scripts the post page loads beyond the baseline. */
  postExtra: { scripts: Asset[]; raw: number; gzip: number }
}

export const BASELINE_KINDS = ['home', 'post', 'tag', 'archive']

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length

async function fetchBytes(url: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

/** Attribute value from one tag's text. */
function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&') : undefined
}

/**
 * `<script src>` of a page. `nomodule` scripts (Next's legacy polyfills) are
 * listed apart: browsers that run modules never download them.
 */
export function scriptSources(html: string, nomodule = false): string[] {
  const out = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(match[0], 'src')
    const isNomodule = /\snomodule\b/i.test(match[0])
    if (src && isNomodule === nomodule) out.add(src)
  }
  return [...out]
}

export function stylesheetHrefs(html: string): string[] {
  const out = new Set<string>()
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(match[0], 'rel')?.toLowerCase().split(/\s+/) ?? []
    const href = attr(match[0], 'href')
    if (href && rel.includes('stylesheet')) out.add(href)
  }
  return [...out]
}

export async function measureBytes(origin: string, pages: { kind: string; path: string }[]): Promise<BytesReport> {
  const assetCache = new Map<string, Asset>()
  const asset = async (src: string): Promise<Asset> => {
    const url = new URL(src, origin).href
    let found = assetCache.get(url)
    if (!found) {
      const { status, body } = await fetchBytes(url)
      if (status !== 200) throw new Error(`${url}: HTTP ${status}`)
      found = { url: new URL(url).pathname, raw: body.length, gzip: gzipSize(body) }
      assetCache.set(url, found)
    }
    return found
  }
  const sum = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[key], 0)

  const results: PageBytes[] = []
  for (const page of pages) {
    const { status, body } = await fetchBytes(new URL(encodeURI(page.path), origin).href)
    if (status !== 200) throw new Error(`${page.path}: HTTP ${status}`)
    const html = body.toString('utf8')
    const js = await Promise.all(scriptSources(html).map(asset))
    const css = await Promise.all(stylesheetHrefs(html).map(asset))
    const nomoduleJs = await Promise.all(scriptSources(html, true).map(asset))
    results.push({
      ...page,
      status,
      htmlRaw: body.length,
      htmlGzip: gzipSize(body),
      js,
      jsRaw: sum(js, 'raw'),
      jsGzip: sum(js, 'gzip'),
      css,
      cssRaw: sum(css, 'raw'),
      cssGzip: sum(css, 'gzip'),
      nomoduleJs,
    })
  }

  // The baseline is over the four page kinds (not extra pages such as the 240-heading post).
  const baselinePages = results.filter((r) => BASELINE_KINDS.includes(r.kind))
  const sets = (baselinePages.length > 0 ? baselinePages : results).map((r) => new Set(r.js.map((a) => a.url)))
  const baselineUrls = [...sets[0]].filter((url) => sets.every((set) => set.has(url)))
  const baselineAssets = results[0].js.filter((a) => baselineUrls.includes(a.url))
  const post = results.find((r) => r.kind === 'post')
  const extra = post ? post.js.filter((a) => !baselineUrls.includes(a.url)) : []
  return {
    pages: results,
    baseline: { scripts: baselineUrls, raw: sum(baselineAssets, 'raw'), gzip: sum(baselineAssets, 'gzip') },
    postExtra: { scripts: extra, raw: sum(extra, 'raw'), gzip: sum(extra, 'gzip') },
  }
}
