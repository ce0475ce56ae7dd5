/**
 * Deterministic synthetic corpus in the exact format the Steemit → Hexo sync
 * tool writes (see e2e/fixtures/posts/2020-03-28_e2e7f2.md): a blank first
 * line, front matter, raw `<p>`/`<h2>` HTML mixed with markdown, images inside
 * `<p>` blocks, and the "synchronized from" footer.
 *
 * `generateCorpus(dir, n)` writes `<dir>/posts/<year>/<date>_<permlink>.md`
 * plus one post with 240 headings (`toc-240`) and a 500-reply conversation
 * for one post (conversation.ts). Same n and seed → same bytes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { toUrlSegment } from '../../lib/url-segment'
import {
  CATEGORIES,
  CODE_SAMPLES,
  EN_HEADINGS,
  EN_SENTENCES,
  EN_TITLE_WORDS,
  ZH_HEADINGS,
  ZH_SENTENCES,
  ZH_TITLE_WORDS,
  tagNames,
} from './corpus-words'
import { writeConversation } from './conversation'
import { Rng, Zipf } from './prng'

/** Bump when the generated text changes, so a cached corpus is rewritten. */
export const CORPUS_VERSION = 2
export const DEFAULT_SEED = 20160704
export const TOC_SLUG = 'toc-240'
const AUTHOR = 'bench-writer'
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const START = Date.UTC(2016, 0, 1)
const END = Date.UTC(2022, 11, 31, 23, 59, 59)

export interface CorpusInfo {
  version: number
  seed: number
  posts: number
  dir: string
  /** URL slug of a typical post (Chinese, images, code, 4+ headings). */
  samplePost: string
  /** URL slug of the post with a 500-reply conversation. */
  repliesPost: string
  repliesMaxDepth: number
  /** URL segment of the most used tag. */
  topTag: string
  topTagPosts: number
  distinctTags: number
  categories: number
  bytes: number
}

interface GeneratedPost {
  file: string
  date: Date
  text: string
  slug: string
  tags: string[]
  zh: boolean
  hasCode: boolean
  images: number
  headings: number
}

/** Writes the corpus unless an identical one is already there; returns what was written. */
export function generateCorpus(dir: string, count: number, seed = DEFAULT_SEED): CorpusInfo {
  const manifest = path.join(dir, 'corpus.json')
  if (existsSync(manifest)) {
    const info = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusInfo
    if (info.version === CORPUS_VERSION && info.seed === seed && info.posts === count) return info
  }
  rmSync(dir, { recursive: true, force: true })
  const rng = new Rng(seed)
  const tagPool = tagNames(300)
  const tagZipf = new Zipf(tagPool.length, 1.05)
  const posts: GeneratedPost[] = []
  const usedPermlinks = new Set<string>([TOC_SLUG])
  for (let i = 0; i < count; i++) posts.push(generatePost(rng, i, tagPool, tagZipf, usedPermlinks))
  posts.push(tocPost())

  let bytes = 0
  for (const post of posts) {
    const file = path.join(dir, 'posts', post.file)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, post.text)
    bytes += Buffer.byteLength(post.text)
  }

  const tagCounts = new Map<string, number>()
  for (const post of posts)
    for (const tag of post.tags) tagCounts.set(toUrlSegment(tag), (tagCounts.get(toUrlSegment(tag)) ?? 0) + 1)
  const [topTag, topTagPosts] = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]
  const sample = posts.find((p) => p.zh && p.hasCode && p.images >= 2 && p.headings >= 4) ?? posts[0]
  // Another typical post (not the sample: throughput and Lighthouse keep measuring a post without replies).
  const discussed = posts.find((p) => p !== sample && p.slug !== TOC_SLUG && p.images >= 1 && p.headings >= 3) ?? posts[1]
  const conversation = writeConversation(
    path.join(dir, 'posts'),
    discussed.file,
    { author: AUTHOR, permlink: discussed.slug, date: discussed.date },
    seed,
  )
  bytes += conversation.bytes
  const info: CorpusInfo = {
    version: CORPUS_VERSION,
    seed,
    posts: posts.length,
    dir,
    samplePost: toUrlSegment(sample.slug),
    repliesPost: toUrlSegment(discussed.slug),
    repliesMaxDepth: conversation.maxDepth,
    topTag,
    topTagPosts,
    distinctTags: tagCounts.size,
    categories: CATEGORIES.length,
    bytes,
  }
  // `posts` in the manifest is the requested count (the TOC post is extra).
  writeFileSync(manifest, JSON.stringify({ ...info, posts: count }, null, 2))
  return { ...info, posts: count }
}

function generatePost(rng: Rng, index: number, tagPool: string[], tagZipf: Zipf, used: Set<string>): GeneratedPost {
  const zh = rng.chance(0.5)
  const date = new Date(START + Math.floor(rng.next() * (END - START)))
  const title = zh
    ? `${rng.pick(ZH_TITLE_WORDS)}${rng.pick(['与', '和', '里的', '之'])}${rng.pick(ZH_TITLE_WORDS)}：${rng.pick(['三个发现', '一周记录', '随手记', '第' + rng.int(1, 30) + '篇', '小结'])}`
    : `${rng.pick(EN_TITLE_WORDS)} ${rng.pick(['and', 'in the', 'after', 'before'])} ${rng.pick(EN_TITLE_WORDS)}: ${rng.pick(['three findings', 'a week of notes', 'part ' + rng.int(1, 30), 'what I learned', 'a short update'])}`
  let permlink = `${zh ? 'cn' : 'en'}-${slugWords(title, rng)}-${index.toString(36)}`
  while (used.has(permlink)) permlink += rng.token(1)
  used.add(permlink)

  const category =
    CATEGORIES[Math.min(CATEGORIES.length - 1, Math.floor(Math.pow(rng.next(), 1.6) * CATEGORIES.length))]
  const tags = pickTags(rng, tagPool, tagZipf, category[0])

  const images: string[] = []
  const withImages = rng.chance(0.8)
  const imageCount = withImages ? rng.int(1, 4) : 0
  for (let i = 0; i < imageCount; i++) images.push(imageUrl(rng))

  const body = postBody(rng, zh, images)
  const thumbnail = images[0]
  const text = [
    '',
    '---',
    `title: ${yamlQuote(title)}`,
    `permlink: ${permlink}`,
    'catalog: true',
    'toc_nav_num: true',
    'toc: true',
    'position: 9999',
    `date: ${formatDate(date)}`,
    'categories:',
    ...category.map((c) => `- ${c}`),
    'tags:',
    ...tags.map((t) => `- ${yamlScalar(t)}`),
    `thumbnail: ${thumbnail ? yamlQuote(thumbnail) : 'None'}`,
    'sidebar:',
    '    right:',
    '        sticky: true',
    'widgets:',
    '    -',
    '        type: toc',
    '        position: right',
    '---',
    '',
    '',
    body.text,
    '',
    '- - -',
    '',
    `This page is synchronized from the post: [${yamlQuote(title)}](https://steemit.com/@${AUTHOR}/${permlink})`,
    '',
  ].join('\n')
  const year = date.getUTCFullYear()
  return {
    file: `${year}/${formatDate(date).slice(0, 10)}_${permlink}.md`,
    date,
    text,
    slug: permlink,
    tags,
    zh,
    hasCode: body.hasCode,
    images: images.length,
    headings: body.headings,
  }
}

function postBody(rng: Rng, zh: boolean, images: string[]): { text: string; hasCode: boolean; headings: number } {
  const htmlStyle = zh || rng.chance(0.4)
  const sentences = zh ? ZH_SENTENCES : EN_SENTENCES
  const headingWords = zh ? ZH_HEADINGS : EN_HEADINGS
  const paragraph = () => {
    const n = rng.int(2, 5)
    const parts: string[] = []
    for (let i = 0; i < n; i++) parts.push(rng.pick(sentences))
    const text = parts.join(zh ? '' : ' ')
    return htmlStyle ? `<p>${text}</p>\n<p> </p>` : `${text}\n`
  }
  const blocks: string[] = []
  const remaining = [...images]
  // The sync tool repeats the thumbnail as the first line of the body.
  if (remaining.length > 0) blocks.push(`![${imageName(remaining[0])}](${remaining[0]})\n`)
  remaining.shift()

  for (let i = rng.int(1, 3); i > 0; i--) blocks.push(paragraph())
  const headingCount = rng.int(2, 8)
  const codeBlocks = rng.chance(0.4) ? rng.int(1, 2) : 0
  const codeAt = new Set<number>()
  while (codeAt.size < codeBlocks) codeAt.add(rng.int(0, headingCount - 1))
  const tableAt = rng.chance(0.15) ? rng.int(0, headingCount - 1) : -1
  const centerAt = rng.chance(0.25) ? rng.int(0, headingCount - 1) : -1

  for (let h = 0; h < headingCount; h++) {
    const sub = h > 0 && rng.chance(0.3)
    const text = `${rng.pick(headingWords)} ${h + 1}`
    const style = rng.next()
    if (style < 0.5) blocks.push(sub ? `<h3>${text}</h3>` : `<h2>${text}</h2>`)
    else blocks.push(sub ? `### ${text}\n` : `## ${text}\n`)
    for (let i = rng.int(1, 4); i > 0; i--) blocks.push(paragraph())
    if (remaining.length > 0 && rng.chance(0.6)) {
      const url = remaining.shift()!
      blocks.push(`<p> \n![](${url})\n</p>`)
    }
    if (codeAt.has(h)) {
      const lang = rng.pick(Object.keys(CODE_SAMPLES))
      blocks.push('```' + lang + '\n' + rng.pick(CODE_SAMPLES[lang]) + '\n```\n')
    }
    if (h === centerAt) {
      const url = imageUrl(rng)
      blocks.push(`<center>\n\n![${imageName(url)}](${url})\n\n${zh ? '图：路上' : 'Photo: on the way'}\n</center>\n`)
    }
    if (h === tableAt) blocks.push(table(rng, zh))
  }
  for (const url of remaining) blocks.push(`<p> \n![](${url})\n</p>`)
  blocks.push(
    htmlStyle ? `<p>${zh ? '谢谢阅读。' : 'Thanks for reading.'}</p>` : zh ? '谢谢阅读。\n' : 'Thanks for reading.\n',
  )
  return { text: blocks.join('\n'), hasCode: codeBlocks > 0, headings: headingCount }
}

function table(rng: Rng, zh: boolean): string {
  const head = zh ? ['日期', '地点', '花费'] : ['Date', 'Place', 'Cost']
  const rows: string[] = []
  for (let i = rng.int(3, 6); i > 0; i--) {
    rows.push(
      `<tr><td>2019-0${rng.int(1, 9)}-1${rng.int(0, 9)}</td><td>${rng.pick(zh ? ZH_TITLE_WORDS : EN_TITLE_WORDS)}</td><td>${rng.int(10, 900)}</td></tr>`,
    )
  }
  return `<table>\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`
}

function pickTags(rng: Rng, pool: string[], zipf: Zipf, category: string): string[] {
  const tags: string[] = []
  const keys = new Set<string>()
  const add = (tag: string) => {
    const key = tag.toLowerCase()
    if (!keys.has(key)) {
      keys.add(key)
      tags.push(tag)
    }
  }
  // Steemit's first tag is usually the category.
  if (rng.chance(0.6)) add(category)
  const want = rng.int(2, 5)
  for (let guard = 0; tags.length < want && guard < 50; guard++) add(pool[zipf.sample(rng)])
  return tags
}

/** The 240-heading post: 24 chapters (h2) × 3 sections (h3) × 2 details (h4). */
function tocPost(): GeneratedPost {
  const lines: string[] = [
    '<p>A very long post for the table-of-contents benchmark: 240 headings on three levels. 一篇很长的文章，用来测目录的滚动跟随。</p>',
    '',
  ]
  let headings = 0
  for (let c = 1; c <= 24; c++) {
    lines.push(
      `<h2>第${c}章 Chapter ${c}</h2>`,
      `<p>章节 ${c} 的开头。${EN_SENTENCES[c % EN_SENTENCES.length]} ${ZH_SENTENCES[c % ZH_SENTENCES.length]}</p>`,
    )
    headings++
    for (let s = 1; s <= 3; s++) {
      lines.push(
        `<h3>${c}.${s} 小节 Section</h3>`,
        `<p>小节内容 ${c}.${s}。${EN_SENTENCES[(c + s) % EN_SENTENCES.length]} ${ZH_SENTENCES[(c * s) % ZH_SENTENCES.length]}</p>`,
      )
      headings++
      for (let d = 1; d <= 2; d++) {
        lines.push(
          `<h4>${c}.${s}.${d} 细节 Detail</h4>`,
          `<p>细节 ${c}.${s}.${d}：${ZH_SENTENCES[(c + s + d) % ZH_SENTENCES.length]} ${EN_SENTENCES[(c * d + s) % EN_SENTENCES.length]}</p>`,
        )
        headings++
      }
    }
  }
  if (headings !== 240) throw new Error(`toc post has ${headings} headings, not 240`)
  const title = 'A long post: 240 headings on three levels'
  const text = [
    '',
    '---',
    `title: ${yamlQuote(title)}`,
    `permlink: ${TOC_SLUG}`,
    'catalog: true',
    'toc: true',
    'toc_nav_num: true',
    'date: 2019-06-01 10:00:00',
    'categories:',
    '- long',
    'tags:',
    '- long',
    'thumbnail: None',
    '---',
    '',
    lines.join('\n'),
    '',
    '- - -',
    '',
    `This page is synchronized from the post: [${yamlQuote(title)}](https://steemit.com/@${AUTHOR}/${TOC_SLUG})`,
    '',
  ].join('\n')
  return {
    file: `2019/2019-06-01_${TOC_SLUG}.md`,
    date: new Date(Date.UTC(2019, 5, 1, 10)),
    text,
    slug: TOC_SLUG,
    tags: ['long'],
    zh: false,
    hasCode: false,
    images: 0,
    headings,
  }
}

function imageUrl(rng: Rng): string {
  const name = rng.pick([
    'walk',
    'street',
    'tea',
    'market',
    'river',
    'IMG_20190512',
    'DSC0042',
    'screenshot',
    'cover',
    'photo',
  ])
  return `https://cdn.steemitimages.com/DQm${rng.token(44, BASE58)}/${name}.${rng.pick(['jpg', 'jpg', 'png', 'jpeg'])}`
}

function imageName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1)
}

function slugWords(title: string, rng: Rng): string {
  const ascii = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return ascii.length >= 3 ? ascii.slice(0, 40).replace(/-$/, '') : rng.token(8)
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

function yamlQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Plain when YAML reads it back as the same string, else single-quoted. */
function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off|\d+)$/i.test(text)
    ? text
    : yamlQuote(text)
}
