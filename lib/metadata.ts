import type { Metadata } from 'next'
import type { Post } from './content/post'
import { isoDateTime } from './content/dates'
import { absoluteUrl, routes } from './routes'
import { siteConfig } from './site-config'

interface PageMetadataInput {
  title: string
  description?: string
  /** Site path of the page (no base path). */
  path: string
  image?: string
  type?: 'website' | 'article'
  /** Extra feeds for this page (a tag's or a category's), besides the site's. */
  feed?: { title: string; path: string }
}

const url = (path: string) => absoluteUrl(path, siteConfig.url)

/**
 * Metadata every route shares: canonical URL, Open Graph and Twitter cards,
 * feed autodiscovery. URLs are absolute and carry the base path (Next's
 * `metadataBase` would drop it for root-relative paths).
 */
export function pageMetadata({
  title,
  description = siteConfig.description,
  path,
  image,
  type = 'website',
  feed,
}: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: url(path),
      types: {
        'application/rss+xml': [
          { url: url(routes.rss()), title: `${siteConfig.title} (RSS)` },
          ...(feed ? [{ url: url(feed.path), title: feed.title }] : []),
        ],
        'application/atom+xml': [{ url: url(routes.atom()), title: `${siteConfig.title} (Atom)` }],
        'application/feed+json': [{ url: url(routes.jsonFeed()), title: `${siteConfig.title} (JSON Feed)` }],
      },
    },
    openGraph: {
      type,
      title,
      description,
      url: url(path),
      siteName: siteConfig.title,
      locale: siteConfig.language.replace('-', '_'),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image] : undefined,
    },
  }
}

/** Metadata of one page of a list (home, tag, category, archive): canonical is that page. */
export function listingMetadata(view: {
  title: string
  page: number
  pageHrefs: string[]
  feed?: { title: string; path: string }
}): Metadata {
  return pageMetadata({ title: view.title, path: view.pageHrefs[view.page - 1], feed: view.feed })
}

/** schema.org BlogPosting for a post page, as JSON safe to put inside <script>. */
export function blogPostingJsonLd(post: Post, description: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description,
    datePublished: isoDateTime(post.date),
    dateModified: isoDateTime(post.updated),
    author: { '@type': 'Person', name: siteConfig.author, url: url(routes.home()) },
    publisher: { '@type': 'Person', name: siteConfig.author },
    mainEntityOfPage: url(routes.post(post)),
    url: url(routes.post(post)),
    image: post.thumbnail,
    keywords: post.tags.join(', '),
    inLanguage: post.lang ?? siteConfig.language,
  }
  // `<` escaped so no title can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
