import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { conversationPath, loadConversation, loadConversations } from './load-conversation'
import { conversation, reply } from './test-conversation'

/** A posts folder with `the-post.md` and, when given, its conversation file. */
function postsFolder(file?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'conversation-'))
  writeFileSync(path.join(dir, '2020-01-01_the-post.md'), '---\ntitle: x\n---\n')
  if (file !== undefined) {
    mkdirSync(path.join(dir, '_replies'))
    writeFileSync(path.join(dir, '_replies', '2020-01-01_the-post.json'), file)
  }
  return path.join(dir, '2020-01-01_the-post.md')
}

describe('conversationPath', () => {
  it('is _replies/<name>.json beside the post, relative when the post path is', () => {
    expect(conversationPath('content/posts/2019/2019-06-15_rust-notes.md')).toBe(
      path.join('content/posts/2019/_replies/2019-06-15_rust-notes.json'),
    )
    expect(conversationPath('/blog/source/_posts/a.markdown')).toBe('/blog/source/_posts/_replies/a.json')
  })
})

describe('loadConversation', () => {
  it('reads the conversation beside a post, once', () => {
    const file = postsFolder(JSON.stringify(conversation([reply('a', 'POST')]), null, 2))
    const first = loadConversation({ file, permlink: 'the-post' })
    expect(first?.replies.map((r) => r.author)).toEqual(['a'])
    expect(loadConversation({ file, permlink: 'the-post' })).toBe(first)
  })

  it('is undefined for a post that has none', () => {
    expect(loadConversation({ file: postsFolder(), permlink: 'the-post' })).toBeUndefined()
  })

  it('rejects a conversation that belongs to another post, naming both files', () => {
    const file = postsFolder(JSON.stringify(conversation([])))
    expect(() => loadConversation({ file, permlink: 'other-post' })).toThrow(
      `${conversationPath(file)}: post.permlink: "the-post" is not this post's permlink "other-post" (${file})`,
    )
  })

  it('validates every post’s file for the build’s content check', () => {
    const good = postsFolder(JSON.stringify(conversation([])))
    const bad = postsFolder('{"format": 1,')
    expect(() => loadConversations([{ file: good }, { file: bad }])).toThrow(
      `${conversationPath(bad)}:1: invalid JSON: `,
    )
  })
})
