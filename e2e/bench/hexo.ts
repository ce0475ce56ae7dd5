/**
 * The same corpus through Hexo 8 (`hexo generate`), timed and sampled like
 * `next build`. Hexo and its plugins are installed on demand into
 * .bench-tools; the site is a minimal one with a tiny nunjucks theme (Hexo
 * core renders .njk itself), so every route is a whole HTML page.
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

/** Measured like our own build, plus which Hexo ran. */
export type HexoResult = BuildMeasurement & { version: string }

const CONFIG = `title: Steem Archive
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
theme: bench
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

/** Writes the Hexo site for a corpus (config, theme, posts copied to source/_posts). */
export function prepareHexoSite(root: string, corpusDir: string, posts: number): string {
  const site = path.join(toolsDir(root), `hexo-${posts}`)
  rmSync(site, { recursive: true, force: true })
  mkdirSync(path.join(site, 'source'), { recursive: true })
  cpSync(path.join(corpusDir, 'posts'), path.join(site, 'source', '_posts'), { recursive: true })
  writeFileSync(path.join(site, '_config.yml'), CONFIG)
  const deps = Object.fromEntries(HEXO_PACKAGES.map((spec) => [spec.replace(/@\d+$/, ''), '*']))
  writeFileSync(
    path.join(site, 'package.json'),
    JSON.stringify(
      { name: 'hexo-bench-site', private: true, hexo: { version: installedVersion(root, 'hexo') }, dependencies: deps },
      null,
      2,
    ),
  )
  const layout = path.join(site, 'themes', 'bench', 'layout')
  mkdirSync(layout, { recursive: true })
  writeFileSync(path.join(site, 'themes', 'bench', '_config.yml'), '{}\n')
  writeFileSync(path.join(layout, 'layout.njk'), LAYOUT)
  for (const name of ['index', 'archive', 'tag', 'category']) writeFileSync(path.join(layout, `${name}.njk`), LIST)
  writeFileSync(path.join(layout, 'post.njk'), POST)
  writeFileSync(path.join(layout, 'page.njk'), POST)
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

export async function measureHexo(root: string, corpusDir: string, posts: number): Promise<HexoResult> {
  ensureTools(root, HEXO_PACKAGES)
  const site = prepareHexoSite(root, corpusDir, posts)
  const hexoDir = path.join(toolsDir(root), 'node_modules', 'hexo')
  console.error(`[bench] hexo generate over ${posts} posts in ${site} …`)
  const result = await runMeasured(process.execPath, ['-e', generateScript(hexoDir, site)], {
    cwd: site,
    timeoutMs: 60 * 60_000,
  })
  if (result.code !== 0) throw new Error(`hexo generate failed with ${result.code}:\n${result.tail}`)
  const publicDir = path.join(site, 'public')
  const pages = existsSync(publicDir) ? countHtml(publicDir) : 0
  if (pages === 0) throw new Error(`hexo generate wrote no pages:\n${result.tail}`)
  console.error(
    `[bench]   hexo: ${(result.wallMs / 1000).toFixed(1)} s, ${pages} pages, peak tree RSS ${result.peakTreeRssMb} MB`,
  )
  return { version: installedVersion(root, 'hexo') ?? '?', ...measurement(result, pages) }
}
