import type { ConversationFile, Reply } from './conversation-file'

/**
 * Builds conversation files for unit tests: `reply('b', 'a')` is @b's reply
 * to @a's reply (or to the post when the parent is `POST`), created a minute
 * after the one before unless given.
 */
export const POST = { author: 'writer', permlink: 'the-post' }

let minute = 0

export function reply(name: string, parent: string, extra: Partial<Reply> = {}): Reply {
  const time = new Date(Date.UTC(2020, 0, 1, 0, minute++)).toISOString().slice(0, 19)
  const [parentAuthor, parentPermlink] = parent === 'POST' ? [POST.author, POST.permlink] : [parent, `re-${parent}`]
  return {
    author: name,
    permlink: `re-${name}`,
    parent_author: parentAuthor,
    parent_permlink: parentPermlink,
    created: time,
    last_update: time,
    body: `Reply by ${name}`,
    ...extra,
  }
}

export function conversation(replies: Reply[], extra: Partial<ConversationFile> = {}): ConversationFile {
  return {
    format: 1,
    chain: 'steem',
    post: { ...POST, children: replies.length, last_update: '2020-01-01T00:00:00' },
    fetched_at: '2020-02-01T00:00:00Z',
    replies,
    ...extra,
  }
}
