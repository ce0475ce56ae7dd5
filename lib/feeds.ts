import { Feed } from 'feed'
import { absoluteUrl, routes } from './routes'
import { siteConfig } from './site-config'
import { getPosts, renderPost } from './site-data'

/** RSS 2.0 of the newest posts with their full HTML (`content:encoded`). */
export async function rssFeed(): Promise<string> {
  const url = (path: string) => absoluteUrl(path, siteConfig.url)
  const posts = getPosts().slice(0, siteConfig.feed.limit)
  const feed = new Feed({
    title: siteConfig.title,
    description: siteConfig.description,
    id: url(routes.home()),
    link: url(routes.home()),
    language: siteConfig.language,
    updated: posts[0]?.updated,
    generator: 'hexo-reader',
    feedLinks: { rss: url(routes.rss()) },
    author: { name: siteConfig.author },
    copyright: `© ${siteConfig.author}`,
  })
  for (const post of posts) {
    const link = url(routes.post(post))
    const { html, summary } = await renderPost(post)
    feed.addItem({
      title: post.title,
      id: link,
      link,
      date: post.date,
      description: summary.excerpt,
      content: html,
      category: post.tags.map((name) => ({ name })),
      image: post.thumbnail,
    })
  }
  return feed.rss2()
}
