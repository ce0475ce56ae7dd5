import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { Conversation, REPLIES_ID } from '@/components/conversation/Conversation'
import { DocumentLang } from '@/components/DocumentLang'
import { PostArticle } from '@/components/PostArticle'
import { PostNavigation } from '@/components/PostNavigation'
import { RedirectPage } from '@/components/RedirectPage'
import { WithSidebars } from '@/components/WithSidebars'
import { categoryLinks, tagLinks } from '@/lib/post-summary'
import { threadOf } from '@/lib/conversation/post-thread'
import { staticExport } from '@/lib/deployment'
import { siteMessages } from '@/lib/i18n/site-messages'
import { blogPostingJsonLd, pageMetadata } from '@/lib/metadata'
import { prerenderedSegments, prerenderLimit } from '@/lib/prerender-posts'
import { neighbours, relatedPosts } from '@/lib/related'
import { renderOldestFirstDuringBuild } from '@/lib/render-every-post'
import { decodeSegment } from '@/lib/route-params'
import { routes } from '@/lib/routes'
import { sidebarsFor } from '@/lib/sidebar'
import { getPost, getPostAliases, getPostByAlias, getPosts, renderPost, tocOf } from '@/lib/site-data'

// A post's page. The route files beside it (page.prerender-all.tsx,
// page.prerender-newest.tsx) export it with the `dynamicParams` of the build.

type Props = { params: Promise<{ slug: string }> }

const RELATED_POSTS = 5

/**
 * Every post's own segment, and the other forms of it that redirect
 * (Post.aliases) — or, with PRERENDER_POSTS=K, those of the newest K posts;
 * the rest are rendered on their first request.
 */
export async function generateStaticParams() {
  await renderOldestFirstDuringBuild()
  return prerenderedSegments(getPosts(), getPostAliases(), prerenderLimit).map((slug) => ({ slug }))
}

async function postFrom(params: Props['params']) {
  const segment = decodeSegment((await params).slug)
  const post = getPost(segment)
  if (post) return post
  const moved = getPostByAlias(segment)
  if (!moved) notFound()
  // A 308 from `next start` and Vercel; the export writes a redirect page instead.
  if (!staticExport) permanentRedirect(routes.post(moved))
  return { moved }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await postFrom(params)
  if ('moved' in post)
    return {
      ...pageMetadata({ title: siteMessages.post.movedTitle, path: routes.post(post.moved) }),
      robots: { index: false },
    }
  const { summary } = await renderPost(post)
  return pageMetadata({
    title: post.title,
    description: summary.excerpt,
    path: routes.post(post),
    image: post.thumbnail,
    type: 'article',
  })
}

export default async function PostPage({ params }: Props) {
  const post = await postFrom(params)
  if ('moved' in post) return <RedirectPage to={routes.post(post.moved)} />
  const [rendered, thread] = await Promise.all([renderPost(post), threadOf(post)])
  const toc = tocOf(post, rendered)
  const { older, newer } = neighbours(getPosts(), post)
  const link = (p: typeof post) => ({ title: p.title, href: routes.post(p) })
  return (
    <WithSidebars sidebars={sidebarsFor(post, toc)}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: blogPostingJsonLd(post, rendered.summary.excerpt) }}
      />
      {post.lang && <DocumentLang lang={post.lang} />}
      <PostArticle
        lang={post.lang}
        title={post.title}
        date={post.date}
        categories={categoryLinks(post)}
        tags={tagLinks(post)}
        // The sync tool repeats the first image as the thumbnail: show it once.
        cover={post.thumbnail && !rendered.html.includes(post.thumbnail) ? post.thumbnail : undefined}
        html={rendered.html}
        words={rendered.summary.words}
        readingMinutes={rendered.summary.minutes}
        source={rendered.source}
        toc={toc}
        replies={thread && thread.count > 0 ? { count: thread.count, href: `#${REPLIES_ID}` } : undefined}
      />
      {thread && <Conversation thread={thread} />}
      <PostNavigation
        older={older && link(older)}
        newer={newer && link(newer)}
        related={relatedPosts(getPosts(), post, RELATED_POSTS).map(link)}
      />
    </WithSidebars>
  )
}
