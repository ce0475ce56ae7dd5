/**
 * A synthetic conversation for one corpus post, in the sync's file format
 * (`<folder>/_replies/<name>.json`, see lib/conversation/conversation-file.ts),
 * shaped like a busy Steemit thread:
 * - about a third of the replies answer the post; the rest answer a recent
 *   reply (people reply where the talk is), so most branches are shallow and
 *   a few run 10+ levels deep;
 * - most replies are one-liners ("Nice post!", "谢谢分享"), some a few
 *   sentences, a few several paragraphs with markdown, a link or an image;
 *   half Chinese; the post's author answers often;
 * - a few muted (flagged, negative reputation, downvoted) and deleted ones.
 * Seeded by its own PRNG stream, so adding it changes none of the posts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { EN_SENTENCES, ZH_SENTENCES } from './corpus-words'
import { Rng } from './prng'

export const CONVERSATION_REPLIES = 500

const SHORT_EN = [
  'Nice post!',
  'Thanks for sharing.',
  'Great photos!',
  'Upvoted and resteemed.',
  'Agreed.',
  'Interesting, thanks.',
  'Well written!',
  'Following you now.',
]
const SHORT_ZH = [
  '谢谢分享！',
  '写得真好。',
  '照片很美！',
  '支持一下。',
  '同意。',
  '学习了，感谢。',
  '期待下一篇。',
  '已关注。',
]

interface Account {
  name: string
  reputation: number
}

export interface GeneratedConversation {
  replies: number
  maxDepth: number
  bytes: number
}

/** Writes the conversation of `postFile` (a path under `postsDir`, as `2019/2019-01-01_x.md`). */
export function writeConversation(
  postsDir: string,
  postFile: string,
  post: { author: string; permlink: string; date: Date },
  seed: number,
  count = CONVERSATION_REPLIES,
): GeneratedConversation {
  const rng = new Rng(seed ^ 0x7e91e5)
  const accounts: Account[] = Array.from({ length: 80 }, (_, i) => ({
    name: `${rng.pick(['tea', 'walk', 'code', 'lens', 'river', 'steem', 'cn', 'kr'])}-${rng.token(5)}${i}`,
    // Mostly active accounts (45–70), some new (25), a couple in the negative.
    reputation: i < 2 ? -rng.int(1, 8) : rng.chance(0.15) ? 25 : rng.int(45, 70) + rng.int(0, 9) / 10,
  }))
  const owner: Account = { name: post.author, reputation: 64.2 }
  const replies: Record<string, unknown>[] = []
  const depths: number[] = []
  let time = post.date.getTime()
  const usedPermlinks = new Set<string>()

  for (let i = 0; i < count; i++) {
    time += rng.int(1, 90) * 60_000 // one to ninety minutes after the one before
    const toPost = i === 0 || rng.chance(0.33)
    // Recent replies are likelier parents: rng² leans toward the newest.
    const parentAt = toPost ? -1 : replies.length - 1 - Math.floor(rng.next() ** 2 * Math.min(replies.length, 40))
    const parent = parentAt < 0 ? post : (replies[parentAt] as { author: string; permlink: string })
    const depth = parentAt < 0 ? 1 : depths[parentAt] + 1
    const author = parentAt >= 0 && rng.chance(0.3) ? owner : rng.pick(accounts)
    let permlink = `re-${parent.author}-${parent.permlink.slice(0, 20)}-${formatPermlinkTime(time)}`
    while (usedPermlinks.has(`${author.name}/${permlink}`)) permlink += rng.token(1)
    usedPermlinks.add(`${author.name}/${permlink}`)
    const created = new Date(time).toISOString().slice(0, 19)
    const roll = rng.next()
    const reply: Record<string, unknown> = {
      author: author.name,
      permlink,
      parent_author: parent.author,
      parent_permlink: parent.permlink,
      created,
      last_update: rng.chance(0.1) ? new Date(time + rng.int(1, 600) * 60_000).toISOString().slice(0, 19) : created,
      body: body(rng, roll),
      votes: rng.chance(0.04) ? -rng.int(1, 5) : rng.int(0, 12),
      payout: `${(rng.chance(0.6) ? 0 : rng.next() * 2).toFixed(3)} SBD`,
      reputation: author.reputation,
    }
    if (rng.chance(0.02)) reply.flagged = true
    // Deleted ones stay only when something answered them (the site drops the others).
    if (rng.chance(0.02)) Object.assign(reply, { body: '', deleted: true })
    replies.push(reply)
    depths.push(depth)
  }

  const file = {
    format: 1,
    chain: 'steem',
    post: {
      author: post.author,
      permlink: post.permlink,
      children: count,
      last_update: new Date(post.date).toISOString().slice(0, 19),
    },
    fetched_at: new Date(time + 86_400_000).toISOString().replace('.000Z', 'Z'),
    replies,
  }
  const name = path.basename(postFile).replace(/\.md$/, '.json')
  const target = path.join(postsDir, path.dirname(postFile), '_replies', name)
  mkdirSync(path.dirname(target), { recursive: true })
  const text = JSON.stringify(file, null, 2) + '\n'
  writeFileSync(target, text)
  return { replies: count, maxDepth: Math.max(...depths), bytes: Buffer.byteLength(text) }
}

function body(rng: Rng, roll: number): string {
  const zh = rng.chance(0.5)
  const sentences = zh ? ZH_SENTENCES : EN_SENTENCES
  const join = (n: number) => Array.from({ length: n }, () => rng.pick(sentences)).join(zh ? '' : ' ')
  if (roll < 0.6) return rng.pick(zh ? SHORT_ZH : SHORT_EN)
  if (roll < 0.9) return join(rng.int(2, 4))
  const parts = [join(rng.int(2, 4)), `**${rng.pick(sentences)}**`, join(rng.int(1, 3))]
  if (rng.chance(0.5)) parts.push(`![](https://cdn.steemitimages.com/DQm${rng.token(44)}/reply.jpg)`)
  if (rng.chance(0.5)) parts.push(`- ${rng.pick(sentences)}\n- ${rng.pick(sentences)}`)
  if (rng.chance(0.3)) parts.push(`<center>${rng.pick(sentences)}</center>`)
  return parts.join('\n\n')
}

/** Steemit's reply permlinks end in the time: `20190512t081500z`. */
function formatPermlinkTime(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace(/[-:]/g, '').toLowerCase() + 'z'
}
