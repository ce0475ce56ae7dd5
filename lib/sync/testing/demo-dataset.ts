import type { Chain } from '../chains'
import type { ChainDataset, DatasetEntry } from './dataset'

/**
 * A deterministic account for tests and for an offline end-to-end build:
 * `writer` with 45 posts (three listing pages of 20), reblogs interleaved,
 * posts that exercise the writer's edge cases, and under the first post a
 * conversation with every case the site must render: a thread 6 levels deep,
 * a reply with script/iframe/event-handler markup from a flagged author, a
 * deleted reply that has a reply, a reply of 3,000 lines, a paid-out reply.
 * All text is our own.
 */
export const DEMO_ACCOUNT = 'writer'
export const DEMO_THREAD_POST = 'welcome-to-the-archive'
export const DEMO_MANY_REPLIES_POST = 'a-busy-thread'

export interface DemoOptions {
  /** Posts by the account (at least 8; default 45). */
  posts?: number
  /** Add a post with this many replies (for the HTML-weight bench). */
  manyReplies?: number
  /** Its replies come in threads of this many, each replying to the one before (default 10; 1 = all top-level). */
  branchLength?: number
}

const IMAGE = 'https://cdn.steemitimages.com/DQmDemoImage000000000000000000000000000000000/archive.jpg'
const SECOND_IMAGE = 'https://cdn.steemitimages.com/DQmDemoImage111111111111111111111111111111111/%E5%AD%98%E6%A1%A3.png'

function time(day: number, minutes = 0): string {
  return new Date(Date.UTC(2020, 0, 1, 8, minutes) + day * 86_400_000).toISOString().slice(0, 19)
}

export function demoDataset(chain: Chain, options: DemoOptions = {}): ChainDataset {
  const count = Math.max(options.posts ?? 45, 8)
  const entries: DatasetEntry[] = []
  const post = (day: number, permlink: string, fields: Partial<DatasetEntry>): DatasetEntry => {
    const entry: DatasetEntry = {
      author: DEMO_ACCOUNT,
      permlink,
      parent_author: '',
      parent_permlink: 'life',
      title: `Note ${day}`,
      body: `Note number ${day}, written on day ${day} of the archive.`,
      json_metadata: { tags: ['life', 'notes'], app: 'steemit/0.2', format: 'markdown' },
      created: time(day),
      net_votes: day % 7,
      pending_payout: (day / 1000).toFixed(3),
      ...fields,
    }
    entries.push(entry)
    return entry
  }
  const reply = (parent: DatasetEntry, author: string, permlink: string, minutes: number, body: string, fields: Partial<DatasetEntry> = {}) => {
    const created = new Date(Date.parse(`${parent.created}Z`) + minutes * 60_000).toISOString().slice(0, 19)
    const entry: DatasetEntry = {
      author,
      permlink,
      parent_author: parent.author,
      parent_permlink: parent.permlink,
      title: '',
      body,
      json_metadata: { tags: [parent.parent_author === '' ? parent.parent_permlink : 'reply'], app: 'steemit/0.2' },
      created,
      net_votes: 1,
      pending_payout: '0.001',
      ...fields,
    }
    entries.push(entry)
    return entry
  }

  const welcome = post(0, DEMO_THREAD_POST, {
    title: '“Chain + archive”: why we keep our posts',
    parent_permlink: 'cn',
    json_metadata: JSON.stringify({ tags: ['cn', 'archive', 'steem'], image: [IMAGE], app: 'steemit/0.2', format: 'markdown' }),
    body: [
      `![archive.jpg](${IMAGE})`,
      '',
      '<p>链上的文章不会消失，但读的人需要一个安静的地方。</p>',
      '<p>\u00a0</p>',
      '<h2>一、为什么</h2>',
      '<p>An archive keeps the words; a site makes them readable again.</p>',
      '<p>\u00a0',
      SECOND_IMAGE,
      '</p>',
      'Three steps:',
      '| step | command |',
      '|---|---|',
      '| sync | `npm run sync` |',
      '| build | `npm run build` |',
      '',
      '## Two: how',
      '',
      'Sync, build, serve.',
    ].join('\n'),
  })
  post(1, 'yes-and-2020', {
    title: 'It\'s "quoted" \\ with a back\\slash',
    json_metadata: { tags: ['yes', '2020', 'life'] },
    body: 'Tags that YAML would misread, and a title with quotes.',
  })
  post(2, 'no-image-post', {
    title: 'Pinned, without pictures',
    body: '<div position="1"></div>\n\nThis post asks to be first, and has no image.',
  })
  post(3, 'tags-as-a-string', { title: 'Old metadata', json_metadata: { tags: 'travel photo' }, body: 'Tags written as one string.' })
  post(4, 'no-tags', { title: 'No tags at all', parent_permlink: 'misc', json_metadata: '{}', body: 'The chain category stands in.' })
  post(5, 'broken-metadata', { title: 'Broken metadata', json_metadata: 'not json {', body: 'json_metadata that is not JSON.' })
  post(6, 'listed-but-gone', { title: 'Gone', listedButGone: true, deleted: true, body: 'Deleted after listing.' })
  for (let day = 7; day < count; day++) post(day, `note-${day}`, {})

  // The conversation under the first post.
  const r1 = reply(welcome, 'reader', 're-welcome-1', 10, 'Great post! **收藏了**。', { net_votes: 3, pending_payout: '0.012' })
  const r2 = reply(r1, DEMO_ACCOUNT, 're-reader-re-welcome-1', 20, 'Thank you, glad it helps.')
  const r3 = reply(r2, 'reader', 're-writer-re-reader-1', 30, 'One question: do edits arrive later?')
  const r4 = reply(r3, 'friend', 're-reader-re-writer-1', 40, 'They do: the sync compares `last_update`.')
  const r5 = reply(r4, 'reader', 're-friend-re-reader-1', 50, 'Nice. And deleted posts?')
  reply(r5, DEMO_ACCOUNT, 're-reader-re-friend-1', 60, 'Kept on disk unless you ask for `--prune`. (level 6)')
  reply(
    welcome,
    'troll',
    're-welcome-troll',
    70,
    [
      'Free tokens here!',
      '<script>alert("reply script")</script>',
      '<iframe src="https://evil.example/frame"></iframe>',
      '<img src="https://evil.example/x.png" onerror="alert(\'img\')">',
      '<a href="javascript:alert(\'link\')" onclick="alert(\'click\')">claim</a>',
      '<p onmouseover="alert(\'hover\')" style="position:fixed;top:0">covering text</p>',
    ].join('\n'),
    { net_votes: -4, net_rshares: -123456789, pending_payout: '0.000' },
  )
  const gone = reply(welcome, 'friend', 're-welcome-deleted', 80, 'This reply was deleted.', { deleted: true })
  reply(gone, 'reader', 're-friend-re-welcome-deleted', 90, 'Answering a reply that is gone now.')
  reply(
    welcome,
    'newbie',
    're-welcome-long',
    100,
    Array.from({ length: 3000 }, (_, i) => `Line ${i + 1} of a very long reply.`).join('\n'),
    { net_votes: 0, pending_payout: '0.000' },
  )
  reply(welcome, 'friend', 're-welcome-paid', 110, 'Paid out long ago.', { paid: { total: '0.500', curator: '0.120' }, net_votes: 9 })
  reply(welcome, 'reader', 're-welcome-markdown', 120, `## A heading in a reply\n\n**粗体**和*斜体*。\n\n![](${IMAGE})`, { net_votes: 2 })

  // A reply to a filler post, and the account's own comment on someone else's post (never a post of its own).
  const note = entries.find((entry) => entry.permlink === 'note-10')
  if (note) reply(note, 'reader', 're-note-10', 5, 'A short reply.')
  const elsewhere: DatasetEntry = {
    author: 'friend',
    permlink: 'friends-post',
    parent_author: '',
    parent_permlink: 'life',
    title: 'A friend’s post',
    body: 'Reblogged by the writer.',
    json_metadata: { tags: ['life'] },
    created: time(3, 30),
  }
  entries.push(elsewhere)
  reply(elsewhere, DEMO_ACCOUNT, 're-friends-post', 5, 'A comment, not a post.')
  const other: DatasetEntry = { ...elsewhere, permlink: 'another-friends-post', title: 'Another one', created: time(20, 30) }
  entries.push(other)

  if (options.manyReplies) {
    const busy = post(count, DEMO_MANY_REPLIES_POST, { title: 'A busy thread', body: 'Everybody had something to say.' })
    const branch = Math.max(options.branchLength ?? 10, 1)
    let previous = busy
    for (let i = 0; i < options.manyReplies; i++) {
      // Each `branch`-th reply starts a new top-level thread; the others answer the reply before.
      const parent = i % branch === 0 ? busy : previous
      previous = reply(parent, ['reader', 'friend', 'newbie'][i % 3], `re-busy-${i}`, i + 1, `Reply ${i + 1}: ${'some words '.repeat(1 + (i % 5))}`)
    }
  }

  return {
    chain,
    accounts: {
      [DEMO_ACCOUNT]: '95832978796820',
      reader: '12345678901234',
      friend: '503470588235',
      troll: '-7000000000000',
      newbie: 0,
    },
    entries,
    reblogs: [
      { account: DEMO_ACCOUNT, author: 'friend', permlink: 'friends-post', at: time(12, 5) },
      { account: DEMO_ACCOUNT, author: 'friend', permlink: 'another-friends-post', at: time(25, 5) },
    ],
  }
}
