/**
 * The same corpus through Hexo 8 (`hexo generate`), timed and sampled like
 * `next build`. Hexo and its plugins are installed on demand into
 * .bench-tools. Two sites share this code and differ only by theme: Icarus,
 * the theme the source blogs used (hexo-icarus.ts, the primary line), and a
 * tiny nunjucks theme (Hexo core renders .njk itself, every route a whole
 * HTML page, no sidebars), the floor of what Hexo costs.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { countHtml, measurement, type BuildMeasurement } from './build'
import { runMeasured } from './proc'
import { ensureTools, installedVersion, toolsDir } from './tools'

export const HEXO_PACKAGES = [
  'hexo@8',
  'hexo-renderer-marked',
  'hexo-generator-index',
  'hexo-generator-archive',
  'hexo-generator-category',
  'hexo-generator-tag',
  'hexo-generator-feed',
]

/** Measured like our own build, plus which Hexo and which theme ran. */
export type HexoResult = BuildMeasurement & { version: string; theme: string }

/** One Hexo site over the corpus: everything but the theme is the same for all. */
export interface HexoTheme {
  /** Site folder .bench-tools/<dir>-<N>. */
  dir: string
  /** `theme:` in _config.yml. */
  name: string
  /** Packages beyond HEXO_PACKAGES, installed into .bench-tools and listed in the site's package.json. */
  packages: string[]
  /** Writes the theme (and its configuration) into the prepared site. */
  write(site: string): void
  /** What ran, with versions, for the report. */
  describe(root: string): string
}

const siteConfig = (theme: string) => `title: Steem Archive
author: demo-author
language: zh-CN
timezone: UTC
url: http://localhost:3200
permalink: posts/:title/
source_dir: source
public_dir: public
new_post_name: :title.md
per_page: 6
pagination_dir: page
theme: ${theme}
index_generator:
  path: ''
  per_page: 6
  order_by: -date
archive_generator:
  per_page: 6
  yearly: true
  monthly: true
category_generator:
  per_page: 6
tag_generator:
  per_page: 6
feed:
  type: atom
  path: atom.xml
  limit: 20
`

const LAYOUT = `<!doctype html>
<html lang="{{ config.language }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.title %}{{ page.title }} · {% endif %}{{ config.title }}</title>
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
</head><body>
<header><a href="/">{{ config.title }}</a> <a href="/archives/">Archives</a></header>
<main>{{ body }}</main>
</body></html>
`

const LIST = `{% for post in page.posts.toArray() %}
<article><h2><a href="{{ url_for(post.path) }}">{{ post.title }}</a></h2>
<time>{{ date(post.date, 'YYYY-MM-DD') }}</time>
<p>{{ truncate(strip_html(post.content), {length: 200}) }}</p></article>
{% endfor %}
<nav>{{ paginator() }}</nav>
`

const POST = `<article><h1>{{ page.title }}</h1>
<time>{{ date(page.date, 'YYYY-MM-DD') }}</time>
<aside>{{ toc(page.content, {list_number: true, max_depth: 4}) }}</aside>
<div class="post-body">{{ page.content }}</div>
<p>{% for tag in page.tags.toArray() %}<a href="{{ url_for(tag.path) }}">#{{ tag.name }}</a> {% endfor %}</p>
</article>
`

/** The minimal nunjucks theme: layout + list + post with Hexo's `toc()` helper. */
export const MINIMAL_THEME: HexoTheme = {
  dir: 'hexo',
  name: 'bench',
  packages: [],
  write(site) {
    const layout = path.join(site, 'themes', 'bench', 'layout')
    mkdirSync(layout, { recursive: true })
    writeFileSync(path.join(site, 'themes', 'bench', '_config.yml'), '{}\n')
    writeFileSync(path.join(layout, 'layout.njk'), LAYOUT)
    for (const name of ['index', 'archive', 'tag', 'category']) writeFileSync(path.join(layout, `${name}.njk`), LIST)
    writeFileSync(path.join(layout, 'post.njk'), POST)
    writeFileSync(path.join(layout, 'page.njk'), POST)
  },
  describe: () => 'minimal nunjucks theme',
}

/** Writes the Hexo site for a corpus (config, package.json, theme, posts copied to source/_posts). */
export function prepareHexoSite(root: string, corpusDir: string, posts: number, theme: HexoTheme): string {
  const site = path.join(toolsDir(root), `${theme.dir}-${posts}`)
  // fs.rm does not follow symlinks: a node_modules link in the site is removed, not its target.
  rmSync(site, { recursive: true, force: true })
  mkdirSync(path.join(site, 'source'), { recursive: true })
  cpSync(path.join(corpusDir, 'posts'), path.join(site, 'source', '_posts'), { recursive: true })
  writeFileSync(path.join(site, '_config.yml'), siteConfig(theme.name))
  const deps = Object.fromEntries([...HEXO_PACKAGES, ...theme.packages].map((spec) => [spec.replace(/@\d+$/, ''), '*']))
  writeFileSync(
    path.join(site, 'package.json'),
    JSON.stringify(
      { name: 'hexo-bench-site', private: true, hexo: { version: installedVersion(root, 'hexo') }, dependencies: deps },
      null,
      2,
    ),
  )
  theme.write(site)
  return site
}

/** The generate step, as a separate Node process so it can be timed and sampled like next build. */
function generateScript(hexoDir: string, site: string): string {
  return `
const Hexo = require(${JSON.stringify(hexoDir)});
const hexo = new Hexo(${JSON.stringify(site)}, { silent: true });
hexo.init()
  .then(() => hexo.call('generate', {}))
  .then(() => hexo.exit())
  .catch((err) => { console.error(err); return hexo.exit(err).then(() => process.exit(1)); });
`
}

/** Installs what the site needs, writes it, and runs `hexo generate` over the corpus, timed and sampled. */
export async function measureHexo(
  root: string,
  corpusDir: string,
  posts: number,
  theme: HexoTheme = MINIMAL_THEME,
): Promise<HexoResult> {
  ensureTools(root, [...HEXO_PACKAGES, ...theme.packages])
  const site = prepareHexoSite(root, corpusDir, posts, theme)
  const hexoDir = path.join(toolsDir(root), 'node_modules', 'hexo')
  const label = theme.describe(root)
  console.error(`[bench] hexo generate (${label}) over ${posts} posts in ${site} …`)
  const result = await runMeasured(process.execPath, ['-e', generateScript(hexoDir, site)], {
    cwd: site,
    timeoutMs: 60 * 60_000,
  })
  if (result.code !== 0) throw new Error(`hexo generate (${label}) failed with ${result.code}:\n${result.tail}`)
  const publicDir = path.join(site, 'public')
  const pages = existsSync(publicDir) ? countHtml(publicDir) : 0
  if (pages === 0) throw new Error(`hexo generate (${label}) wrote no pages:\n${result.tail}`)
  console.error(
    `[bench]   hexo (${label}): ${(result.wallMs / 1000).toFixed(1)} s, ${pages} pages, peak tree RSS ${result.peakTreeRssMb} MB`,
  )
  return { version: installedVersion(root, 'hexo') ?? '?', theme: label, ...measurement(result, pages) }
}
