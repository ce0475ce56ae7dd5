import { postTags, type ChainPost } from './chain-post'
import { postPageUrl, type Chain } from './chains'
import { firstImage, postPosition, steemitMarkdown } from './steemit-markdown'
import { plainScalar, quotedScalar } from './yaml-scalar'

/**
 * The pure writer: a chain post → the file the source system (steemblog)
 * wrote for it, byte for byte (its `blog/message.py` template and
 * `blog/builder.py:_write_content`). No I/O here; golden-file tested.
 */
export interface PostFile {
  /** `YYYY-MM-DD_<permlink>.md`, the UTC creation date. */
  name: string
  text: string
}

export function postFileName(post: Pick<ChainPost, 'created' | 'permlink'>): string {
  return `${post.created.slice(0, 10)}_${post.permlink}.md`
}

export function renderPostFile(post: ChainPost, chain: Chain): PostFile {
  const body = steemitMarkdown(post.body)
  const tags = postTags(post)
  const thumbnail = firstImage(body)
  const title = quotedScalar(post.title)
  const lines = [
    '',
    '---',
    `title: ${title}`,
    `permlink: ${plainScalar(post.permlink)}`,
    'catalog: true',
    'toc_nav_num: true',
    'toc: true',
    `position: ${postPosition(body)}`,
    `date: ${post.created.replace('T', ' ')}`,
    ...list('categories', tags.slice(0, 1)),
    ...list('tags', tags),
    // No image: the literal `None` (Python's None through str.format), which readers treat as "no thumbnail".
    `thumbnail: ${thumbnail === undefined ? 'None' : quotedScalar(thumbnail)}`,
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
    `This page is synchronized from the post: [${footerTitle(post.title)}](${postPageUrl(chain, post.author, post.permlink)})`,
    '',
  ]
  return { name: postFileName(post), text: lines.join('\n') }
}

/** A YAML block list, or `[]` when empty (the source system wrote an empty value, read as null). */
function list(key: string, values: string[]): string[] {
  if (values.length === 0) return [`${key}: []`]
  return [`${key}:`, ...values.map((value) => `- ${plainScalar(value, 'sequence')}`)]
}

/**
 * The footer repeats the front matter's quoted title, as the source system
 * did (`['It''s'](url)`). Brackets and backslashes are escaped and line
 * breaks become spaces, so the Markdown link holds whatever the title is.
 */
function footerTitle(title: string): string {
  const quoted = `'${title.replaceAll("'", "''")}'`
  return quoted.replace(/[\\[\]]/g, '\\$&').replace(/\r\n?|\n/g, ' ')
}
