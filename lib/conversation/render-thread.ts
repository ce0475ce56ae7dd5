import { cachedRender } from '../markdown/render-cache'
import { renderMarkdown, type RenderOptions } from '../markdown/render-markdown'
import type { ReplyGroup, Thread, ThreadReply } from './thread'

/** A reply ready for the page: its body as sanitized HTML instead of markdown. */
export interface RenderedReply extends Omit<ThreadReply, 'body' | 'replies'> {
  html: string
  replies: RenderedGroup
}

export interface RenderedGroup {
  shown: RenderedReply[]
  more?: { reason: 'depth' | 'long'; replies: RenderedReply[]; count: number }
}

export interface RenderedThread extends Omit<Thread, 'replies'> {
  replies: RenderedGroup
}

/** Everything a reply's ids get in front: its own `@author/permlink/`, unique on the chain. */
export const replyIdPrefix = (reply: Pick<ThreadReply, 'key'>) => `${reply.key}/`

type Render = typeof renderMarkdown

const bodies = new Map<string, Promise<string>>()

/**
 * Renders every reply's body through the posts' own pipeline (markdown in
 * HTML blocks, CJK emphasis, image sizes, the same sanitizer), with the
 * reply's id prefix so nothing in it can collide with the post or another
 * reply. Each body is rendered once per process and kept in the disk render
 * cache across builds; a deleted reply has no body to render.
 */
export async function renderThread(
  thread: Thread,
  options: Omit<RenderOptions, 'idPrefix'>,
  render: Render = renderMarkdown,
): Promise<RenderedThread> {
  const renderBody = (reply: ThreadReply): Promise<string> => {
    if (reply.deleted) return Promise.resolve('')
    const idPrefix = replyIdPrefix(reply)
    // The link and image resolvers are the same for every page of a build; the base path is part of the key.
    const key = `${options.basePath ?? ''}\0${idPrefix}\0${reply.body}`
    let html = bodies.get(key)
    if (!html) {
      html = cachedRender(reply.body, { ...options, idPrefix }, render).then((rendered) => rendered.html)
      bodies.set(key, html)
    }
    return html
  }
  const renderReply = async ({ body, replies, ...reply }: ThreadReply): Promise<RenderedReply> => {
    const [html, group] = await Promise.all([renderBody({ ...reply, body, replies }), renderGroup(replies)])
    return { ...reply, html, replies: group }
  }
  const renderGroup = async (group: ReplyGroup): Promise<RenderedGroup> => {
    const shown = await Promise.all(group.shown.map(renderReply))
    if (!group.more) return { shown }
    return { shown, more: { ...group.more, replies: await Promise.all(group.more.replies.map(renderReply)) } }
  }
  return { ...thread, replies: await renderGroup(thread.replies) }
}
