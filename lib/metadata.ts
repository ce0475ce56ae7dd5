import type { Metadata } from 'next'
import type { Post } from './content/post'
import { isoDateTime } from './content/dates'
import { absoluteUrl, routes } from './routes'
import { siteConfig } from './config'

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
 * A post's image as the absolute http(s) URL that Open Graph, JSON-LD and
 * feeds need: a path from the site's root gets the site's origin and base
 * path. Anything else is left out — normalize-post.ts already dropped (with
 * a warning naming the file) what is not an image address, so this only
 * keeps a bad value that got past it from reaching a parser that throws.
 */
export function absoluteImageUrl(image: string | undefined): string | undefined {
  if (!image) return undefined
  const absolute = image.startsWith('/') && !image.startsWith('//') ? url(image) : image
  return /^https?:\/\//i.test(absolute) && URL.canParse(absolute) ? absolute : undefined
}

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
  const imageUrl = absoluteImageUrl(image)
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
      images: imageUrl ? [imageUrl] : undefined,
    },
    twitter: {
      card: imageUrl ? 'summary_large_image' : 'summary',
      title,
      description,
      images: imageUrl ? [imageUrl] : undefined,
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
    image: absoluteImageUrl(post.thumbnail),
    keywords: post.tags.join(', '),
    inLanguage: post.lang ?? siteConfig.language,
  }
  // `<` escaped so no title can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
