/**
 * The post route with PRERENDER_POSTS=K (never in a static export): the
 * newest K posts are prerendered, any other segment is rendered on its first
 * request and then served from the cache (no `revalidate`: a post changes
 * only with a rebuild). A segment that is no post gets the page's
 * `notFound()`. Its twin is page.prerender-all.tsx.
 */
export { default, generateMetadata, generateStaticParams } from './post-page'

export const dynamicParams = true
