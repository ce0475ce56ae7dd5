/**
 * The size ladder: very large and very dense posts, in the exact file format
 * the Steemit → Hexo sync tool writes (blank first line, its front-matter
 * keys in its order, `---`, two empty lines, the body with raw `<p>`/`<h2>`
 * HTML mixed with markdown and images in `<p>` blocks, the "synchronized
 * from" footer). Real archives hold posts like these (serial fiction, long
 * tutorials, photo dumps, price tables), and one of them is enough to break a
 * build whose cost is worse than linear in a post's size.
 *
 * Deterministic (a seeded PRNG, no files read): same code, same bytes.
 *
 *   sizeLadder()                the posts, with their text
 *   ladderPost(kind)            one of them
 *   SIZE_LADDER                 which file is which (no text)
 *
 * CLI: `node --import tsx e2e/real-archive/size-ladder.ts <out-dir>` writes
 * them into <out-dir> as `YYYY-MM-DD_<permlink>.md`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  CODE_SAMPLES,
  EN_HEADINGS,
  EN_SENTENCES,
  EN_TITLE_WORDS,
  ZH_HEADINGS,
  ZH_SENTENCES,
  ZH_TITLE_WORDS,
} from '../bench/corpus-words'
import { Rng } from '../bench/prng'

/** The Steem account whose folder the ladder goes into (`_posts/account/<account>/`). */
export const LADDER_ACCOUNT = 'ladder-writer'

export type LadderKind =
  | 'zh-100kb'
  | 'en-100kb'
  | 'zh-1mb'
  | 'en-1mb'
  | 'zh-2mb'
  | 'en-2mb'
  | 'zh-5mb'
  | 'en-5mb'
  | 'one-line-1mb'
  | 'headings-5000'
  | 'images-2000'
  | 'table-200kb'

export interface LadderEntry {
  kind: LadderKind
  /** `YYYY-MM-DD_<permlink>.md`, as the sync tool names files. */
  file: string
  permlink: string
  title: string
  /**
   * The size the kind is named for, in UTF-8 bytes of the whole file
   * (`1 MB` = 10^6). The text is generated to land between the decimal and
   * the binary reading of the label (10^6 and 2^20), so it is within ±5 % of
   * either.
   */
  labelBytes?: number
  /** Heading elements (h2–h4) in the body. */
  headings?: number
  /** Images in the body. */
  images?: number
  /** Rows in the body's table (set on the generated post only: it depends on the text). */
  tableRows?: number
  /**
   * Plain text of the body's last paragraph (no markup, no characters any
   * renderer changes): a page that shows it was rendered to the end.
   */
  lastParagraph: string
}

export interface LadderPost extends LadderEntry {
  /** The whole file, as the sync tool writes it. */
  text: string
}

const KB = 1000
const MB = 1000 * 1000

interface Spec {
  kind: LadderKind
  permlink: string
  title: string
  date: string
  labelBytes?: number
  headings?: number
  images?: number
  category: string
  tags: string[]
  body: (rng: Rng, spec: Spec) => { body: string; thumbnail?: string; tableRows?: number }
}

const SPECS: Spec[] = [
  zhLong('zh-100kb', 100 * KB, '2021-01-04 02:15:09'),
  enLong('en-100kb', 100 * KB, '2021-01-11 13:40:51'),
  zhLong('zh-1mb', 1 * MB, '2021-01-18 09:03:27'),
  enLong('en-1mb', 1 * MB, '2021-01-25 21:58:14'),
  zhLong('zh-2mb', 2 * MB, '2021-02-01 06:31:45'),
  enLong('en-2mb', 2 * MB, '2021-02-08 17:12:03'),
  zhLong('zh-5mb', 5 * MB, '2021-02-15 11:47:36'),
  enLong('en-5mb', 5 * MB, '2021-02-22 04:26:58'),
  {
    kind: 'one-line-1mb',
    permlink: 'ladder-one-line-1mb',
    title: '一口气写完，没有换行：1 MB in one line',
    date: '2021-03-01 15:05:20',
    labelBytes: 1 * MB,
    category: 'cn',
    tags: ['cn', 'life', 'writing'],
    body: oneLineBody,
  },
  {
    kind: 'headings-5000',
    permlink: 'ladder-headings-5000',
    title: '五千个标题 5,000 headings: a table of contents stress test',
    date: '2021-03-08 08:20:44',
    headings: 5000,
    category: 'cn',
    tags: ['cn', 'toc', 'steemit'],
    body: headingsBody,
  },
  {
    kind: 'images-2000',
    permlink: 'ladder-images-2000',
    title: '相册 2,000 photos from three years of walking',
    date: '2021-03-15 19:33:12',
    images: 2000,
    category: 'photography',
    tags: ['photography', 'cn', 'travel', 'city'],
    body: imagesBody,
  },
  {
    kind: 'table-200kb',
    permlink: 'ladder-table-200kb',
    title: '三年的开销表 A 200 KB expense table',
    date: '2021-03-22 12:00:31',
    labelBytes: 200 * KB,
    category: 'life',
    tags: ['life', 'cn', 'money'],
    body: tableBody,
  },
]

/** Which file is which, without the text (cheap: nothing is generated). */
export const SIZE_LADDER: readonly LadderEntry[] = SPECS.map((spec) => ({
  kind: spec.kind,
  file: fileName(spec),
  permlink: spec.permlink,
  title: spec.title,
  ...(spec.labelBytes !== undefined && { labelBytes: spec.labelBytes }),
  ...(spec.headings !== undefined && { headings: spec.headings }),
  ...(spec.images !== undefined && { images: spec.images }),
  lastParagraph: lastParagraph(spec.kind),
}))

/** Every post of the ladder, with its text (about 19 MB in all; takes well under a second). */
export function sizeLadder(): LadderPost[] {
  return SPECS.map((spec) => ladderPost(spec.kind))
}

/** One post of the ladder. */
export function ladderPost(kind: LadderKind): LadderPost {
  const index = SPECS.findIndex((spec) => spec.kind === kind)
  if (index < 0) throw new Error(`no size-ladder post of kind "${kind}"`)
  const spec = SPECS[index]
  // One seed per post: a post's bytes do not depend on the others.
  const rng = new Rng(20210101 + index)
  const { body, thumbnail, tableRows } = spec.body(rng, spec)
  return { ...SIZE_LADDER[index], ...(tableRows !== undefined && { tableRows }), text: postFile(spec, body, thumbnail) }
}

function fileName(spec: Spec): string {
  return `${spec.date.slice(0, 10)}_${spec.permlink}.md`
}

/** The marker that closes each body; plain text in both scripts so it survives any renderer. */
function lastParagraph(kind: LadderKind): string {
  return `The last paragraph of the ${kind} post ends here, 全文到此结束`
}

// ---------------------------------------------------------------------------
// The file format (the sync tool's current template)

function postFile(spec: Spec, body: string, thumbnail: string | undefined): string {
  const url = `https://steemit.com/@${LADDER_ACCOUNT}/${spec.permlink}`
  return [
    '',
    '---',
    `title: ${quote(spec.title)}`,
    `permlink: ${spec.permlink}`,
    'catalog: true',
    'toc_nav_num: true',
    'toc: true',
    'position: 9999',
    `date: ${spec.date}`,
    'categories:',
    `- ${spec.category}`,
    'tags:',
    ...spec.tags.map((tag) => `- ${tag}`),
    `thumbnail: ${thumbnail ? quote(thumbnail) : 'None'}`,
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
    body,
    '',
    '- - -',
    '',
    `This page is synchronized from the post: [${quote(spec.title)}](${url})`,
    '',
  ].join('\n')
}

/** The sync tool's quoting: always single quotes, inner ones doubled (also in the footer). */
function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Bytes the front matter and footer add around a body of this spec (the body fills the rest). */
function frameBytes(spec: Spec): number {
  return Buffer.byteLength(postFile(spec, '', 'https://cdn.steemitimages.com/DQm' + 'x'.repeat(44) + '/cover.jpg'))
}

/**
 * What a labelled post aims at: between the decimal (10^6) and binary (2^20)
 * readings of its label, so either reading is within ±5 %.
 */
function targetBodyBytes(spec: Spec): number {
  const label = spec.labelBytes!
  const binary = spec.labelBytes! >= MB ? (label / MB) * 1024 * 1024 : (label / KB) * 1024
  return Math.round((label + binary) / 2) - frameBytes(spec)
}

/** Appends blocks until `target` UTF-8 bytes are reached; the closing block is not counted against it. */
class Body {
  private readonly parts: string[] = []
  bytes = 0
  constructor(private readonly separator = '\n') {}
  push(block: string): void {
    this.parts.push(block)
    this.bytes += Buffer.byteLength(block) + Buffer.byteLength(this.separator)
  }
  toString(): string {
    return this.parts.join(this.separator)
  }
}

// ---------------------------------------------------------------------------
// Pieces

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const IMAGE_NAMES = ['IMG_20190512', 'DSC0042', 'walk', 'street', 'tea', 'market', 'river', 'screenshot', 'photo', '图片']

/** Image URLs of the hosts Steemit posts used; this machine reaches none of them. */
function imageUrl(rng: Rng): string {
  const name = rng.pick(IMAGE_NAMES)
  const ext = rng.pick(['jpg', 'jpg', 'jpeg', 'png', 'JPG', 'gif'])
  switch (rng.int(0, 5)) {
    case 0:
      return `https://steemitimages.com/DQm${rng.token(44, BASE58)}/${name}.${ext}`
    case 1:
      return `https://i.imgur.com/${rng.token(7, BASE58)}.${ext}`
    case 2:
      return `https://ipfs.busy.org/ipfs/Qm${rng.token(44, BASE58)}`
    default:
      return `https://cdn.steemitimages.com/DQm${rng.token(44, BASE58)}/${encodeURI(name)}.${ext}`
  }
}

function sentences(rng: Rng, pool: readonly string[], min: number, max: number, joiner: string): string {
  const parts: string[] = []
  for (let i = rng.int(min, max); i > 0; i--) parts.push(rng.pick(pool))
  return parts.join(joiner)
}

const zhParagraph = (rng: Rng) => sentences(rng, ZH_SENTENCES, 2, 7, '')
const enParagraph = (rng: Rng) => sentences(rng, EN_SENTENCES, 2, 6, ' ')

/** A sentence with inline markdown, as authors write them. */
function enInline(rng: Rng, n: number): string {
  const words = rng.pick(EN_TITLE_WORDS).toLowerCase()
  switch (n % 5) {
    case 0:
      return `Part of this is **${words} matters more than it looks**, and the rest is *patience*.`
    case 1:
      return `The command is \`cargo build --release\`, and the notes are [on my blog](https://steemit.com/@${LADDER_ACCOUNT}/ladder-en-100kb).`
    case 2:
      return `I wrote about the ${words} before ([part ${n % 30}](https://steemit.com/cn/@someone-else/notes-${n % 30})).`
    case 3:
      return `~~This was wrong~~ this is the ${words} fix.`
    default:
      return `See https://example.com/${words}/${n} for the raw data.`
  }
}

function zhInline(rng: Rng, n: number): string {
  const word = rng.pick(ZH_TITLE_WORDS)
  switch (n % 4) {
    case 0:
      return `**${word}**是这一段的重点，*慢慢看*。`
    case 1:
      return `详见[上一篇](https://steemit.com/@${LADDER_ACCOUNT}/ladder-zh-100kb)里的${word}。`
    case 2:
      return `命令是 \`npm run build\`，${word}就准备好了。`
    default:
      return `~~写错了~~改成${word}。`
  }
}

// ---------------------------------------------------------------------------
// Bodies

/** Serial fiction in Chinese, as the sync tool keeps Steemit's HTML: `<p>` lines, `<p> </p>` spacers, `<h2>` chapters. */
function zhLong(kind: LadderKind, labelBytes: number, date: string): Spec {
  const label = kind.slice(3).toUpperCase().replace('KB', ' KB').replace('MB', ' MB')
  return {
    kind,
    permlink: `ladder-${kind}`,
    title: `长篇连载：${rng0(ZH_TITLE_WORDS, labelBytes)}的故事（${label}）`,
    date,
    labelBytes,
    category: 'cn',
    tags: ['cn', 'story', 'cn-reader', 'zzan'],
    body(rng, spec) {
      const target = targetBodyBytes(spec)
      const body = new Body()
      const cover = imageUrl(rng)
      body.push(`![${rng.pick(IMAGE_NAMES)}.jpg](${cover})\n`)
      let chapter = 0
      let n = 0
      while (body.bytes < target) {
        chapter++
        body.push(`<h2>第${chapter}章 ${rng.pick(ZH_HEADINGS)}</h2>`)
        for (let p = rng.int(8, 20); p > 0 && body.bytes < target; p--, n++) {
          if (n % 37 === 36) {
            // A markdown section between HTML blocks (blank lines around it).
            body.push(`\n### ${rng.pick(ZH_HEADINGS)}\n\n${zhParagraph(rng)}${zhInline(rng, n)}\n\n- ${rng.pick(ZH_SENTENCES)}\n- ${rng.pick(ZH_SENTENCES)}\n`)
          } else if (n % 23 === 22) {
            body.push(`<p> \n![](${imageUrl(rng)})\n</p>`)
          } else {
            body.push(`<p>${zhParagraph(rng)}</p>`)
            body.push('<p> </p>')
          }
        }
      }
      body.push(`<p>${lastParagraph(kind)}</p>`)
      return { body: body.toString(), thumbnail: cover }
    },
  }
}

/** A long English tutorial in markdown: sections, lists, quotes, code, links, images. */
function enLong(kind: LadderKind, labelBytes: number, date: string): Spec {
  const label = kind.slice(3).toUpperCase().replace('KB', ' KB').replace('MB', ' MB')
  return {
    kind,
    permlink: `ladder-${kind}`,
    title: `The ${rng0(EN_TITLE_WORDS, labelBytes)} handbook, all chapters in one post (${label})`,
    date,
    labelBytes,
    category: 'tutorial',
    tags: ['tutorial', 'programming', 'steemdev', 'english'],
    body(rng, spec) {
      const target = targetBodyBytes(spec)
      const body = new Body('\n\n')
      const cover = imageUrl(rng)
      body.push(`![cover](${cover})`)
      let section = 0
      let n = 0
      while (body.bytes < target) {
        section++
        body.push(`## ${section}. ${rng.pick(EN_HEADINGS)}`)
        for (let p = rng.int(6, 16); p > 0 && body.bytes < target; p--, n++) {
          switch (n % 13) {
            case 3:
              body.push(`### ${rng.pick(EN_HEADINGS)}`)
              break
            case 5: {
              const lang = rng.pick(Object.keys(CODE_SAMPLES))
              body.push('```' + lang + '\n' + rng.pick(CODE_SAMPLES[lang]) + '\n```')
              break
            }
            case 7:
              body.push(`- ${rng.pick(EN_SENTENCES)}\n- ${enInline(rng, n)}\n    - ${rng.pick(EN_SENTENCES)}`)
              break
            case 9:
              body.push(`> ${rng.pick(EN_SENTENCES)}\n> ${rng.pick(EN_SENTENCES)}`)
              break
            case 11:
              // A bare image URL on its own line, as pasted into Steemit's editor.
              body.push(n % 2 ? `![](${imageUrl(rng)})` : `${imageUrl(rng)}`)
              break
            default:
              body.push(`${enParagraph(rng)} ${enInline(rng, n)}`)
          }
        }
      }
      body.push(lastParagraph(kind))
      return { body: body.toString(), thumbnail: cover }
    },
  }
}

/** A whole post pasted as one line: no newline in the body at all. */
function oneLineBody(rng: Rng, spec: Spec): { body: string } {
  const target = targetBodyBytes(spec)
  const body = new Body(' ')
  for (let n = 0; body.bytes < target; n++) {
    if (n % 2) body.push(n % 11 === 1 ? zhInline(rng, n) : rng.pick(ZH_SENTENCES))
    else body.push(n % 11 === 0 ? enInline(rng, n) : rng.pick(EN_SENTENCES))
  }
  body.push(`${lastParagraph(spec.kind)}.`)
  return { body: body.toString() }
}

/** Headings that real posts have and slugs turn into nothing or into duplicates. */
const ODD_HEADINGS = [
  '🚀',
  '🎉🎉🎉',
  '👨‍👩‍👧',
  '❤️',
  '?!',
  '...',
  '——',
  '《》',
  '：：',
  '¿?',
  '小结',
  'Summary',
  '小结',
  '第一天',
  'Day one',
  '1.',
  '2019',
  '区块链 Blockchain',
  '한국어 제목',
  '日本語の見出し',
  'Привет',
  'C++ & Rust',
]

/**
 * 5,000 headings (h2/h3/h4), each with a short paragraph: raw HTML and
 * markdown, many duplicates, emoji-only, punctuation-only, CJK.
 */
function headingsBody(rng: Rng, spec: Spec): { body: string } {
  const count = spec.headings!
  const blocks: string[] = ['<p>目录压力测试：五千个标题。A table of contents stress test with five thousand headings.</p>', '']
  for (let i = 0; i < count; i++) {
    const level = [2, 3, 3, 4, 4, 3][i % 6]
    const text =
      i % 3 === 0
        ? ODD_HEADINGS[(i / 3) % ODD_HEADINGS.length]
        : i % 3 === 1
          ? rng.pick(ZH_HEADINGS)
          : `${rng.pick(EN_HEADINGS)} ${i % 50}`
    const paragraph = i % 2 ? rng.pick(ZH_SENTENCES) : rng.pick(EN_SENTENCES)
    if (i % 4 < 2) {
      // Raw HTML, as Steemit's editor saved it: heading and paragraph on adjacent lines.
      blocks.push(`<h${level}>${escapeHtml(text)}</h${level}>\n<p>${paragraph}</p>`, '')
    } else {
      blocks.push(`${'#'.repeat(level)} ${text}`, '', paragraph, '')
    }
  }
  blocks.push(`<p>${lastParagraph(spec.kind)}</p>`)
  return { body: blocks.join('\n') }
}

/** 2,000 images in every form a Steemit post holds them. */
function imagesBody(rng: Rng, spec: Spec): { body: string; thumbnail: string } {
  const count = spec.images!
  const blocks: string[] = []
  let thumbnail = ''
  for (let i = 0; i < count; i++) {
    const url = imageUrl(rng)
    if (i === 0) thumbnail = url
    switch (i % 8) {
      case 0:
      case 1:
      case 2:
        blocks.push(`<p> \n![](${url})\n</p>`)
        break
      case 3:
        blocks.push(`![${rng.pick(IMAGE_NAMES)}.jpg](${url})\n`)
        break
      case 4:
        blocks.push(`<center>\n\n![](${url})\n\n${rng.pick(ZH_HEADINGS)}\n</center>\n`)
        break
      case 5:
        blocks.push(`<center><img src="${url}" alt="photo ${i}"></center>`)
        break
      case 6:
        blocks.push(`<div class="pull-left">\n\n![](${url})\n\n</div>\n`)
        break
      default:
        blocks.push(`<p><img src="${url}" /><br><sub>${rng.pick(EN_SENTENCES)}</sub></p>`)
    }
    if (i % 10 === 9) blocks.push(`<p>${rng.pick(ZH_SENTENCES)}</p>\n`)
    if (i % 100 === 99) blocks.push(`## ${rng.pick(ZH_HEADINGS)} ${(i + 1) / 100}\n`)
  }
  blocks.push(`<p>${lastParagraph(spec.kind)}</p>`)
  return { body: blocks.join('\n'), thumbnail }
}

/** A GFM table of about 200 KB after a line of text, as the sync tool spaces it. */
function tableBody(rng: Rng, spec: Spec): { body: string; tableRows: number } {
  const target = targetBodyBytes(spec)
  const lines = [
    '<p>三年来每一笔开销都记在这里。Every expense of three years, one row each.</p>',
    '',
    '下面是明细：',
    '',
    '| 日期 Date | 地点 Place | 项目 Item | 金额 Amount | 备注 Note |',
    '| :--- | :---: | --- | ---: | --- |',
  ]
  let bytes = Buffer.byteLength(lines.join('\n'))
  const closing = `\n\n${lastParagraph(spec.kind)}`
  let rows = 0
  while (bytes + Buffer.byteLength(closing) < target) {
    const month = rng.int(1, 12).toString().padStart(2, '0')
    const day = rng.int(1, 28).toString().padStart(2, '0')
    const note = [
      rng.pick(ZH_TITLE_WORDS),
      '`cash`',
      `[收据](https://steemit.com/@${LADDER_ACCOUNT}/receipt-${rows})`,
      'a \\| b',
      '**重要**',
      '',
      '🍵',
    ][rows % 7]
    const row = `| ${2018 + (rows % 3)}-${month}-${day} | ${rng.pick(ZH_TITLE_WORDS)} | ${rng.pick(EN_TITLE_WORDS)} | ${rng.int(1, 9999)}.${rng.int(10, 99)} | ${note} |`
    lines.push(row)
    bytes += Buffer.byteLength(row) + 1
    rows++
  }
  return { body: lines.join('\n') + closing, tableRows: rows }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A word picked by a number, without a PRNG (titles are part of the listing). */
function rng0(words: readonly string[], n: number): string {
  return words[n % words.length]
}

// ---------------------------------------------------------------------------
// CLI

function main(argv: string[]): void {
  const [outDir] = argv
  if (!outDir) {
    console.error('usage: node --import tsx e2e/real-archive/size-ladder.ts <out-dir>')
    process.exit(2)
  }
  mkdirSync(outDir, { recursive: true })
  for (const post of sizeLadder()) {
    writeFileSync(path.join(outDir, post.file), post.text)
    console.log(`${post.file}  ${post.kind}  ${Buffer.byteLength(post.text)} bytes`)
  }
}

// Run as a script (not imported): no `import.meta` here, since Playwright loads this file as CommonJS.
if (/[\\/]real-archive[\\/]size-ladder\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2))
