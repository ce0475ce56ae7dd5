import type { MetadataRoute } from 'next'
import { absoluteUrl, routes } from '@/lib/routes'
import { siteConfig } from '@/lib/config'
import { getAllCategories, getArchives, getPages, getPosts, getTags } from '@/lib/site-data'
import type { Post } from '@/lib/content/post'

export const dynamic = 'force-static'

const newest = (posts: readonly Post[]) =>
  posts.reduce((latest, p) => (p.updated > latest ? p.updated : latest), new Date(0))
const url = (path: string) => absoluteUrl(path, siteConfig.url)

/** Every post, page, tag, category and archive, with the date its newest post changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts()
  return [
    { url: url(routes.home()), lastModified: newest(posts) },
    ...posts.map((post) => ({ url: url(routes.post(post)), lastModified: post.updated })),
    ...getPages().map((page) => ({ url: url(routes.standalone(page)), lastModified: page.updated })),
    { url: url(routes.tags()), lastModified: newest(posts) },
    ...getTags().map((tag) => ({ url: url(routes.tag(tag)), lastModified: newest(tag.posts) })),
    { url: url(routes.categories()), lastModified: newest(posts) },
    ...getAllCategories().map((category) => ({
      url: url(routes.category(category)),
      lastModified: newest(category.posts),
    })),
    { url: url(routes.archives()), lastModified: newest(posts) },
    ...getArchives().flatMap((year) => [
      { url: url(routes.archiveYear(year.year)), lastModified: newest(year.posts) },
      ...year.months.map((month) => ({
        url: url(routes.archiveMonth(month.year, month.month)),
        lastModified: newest(month.posts),
      })),
    ]),
  ]
}
