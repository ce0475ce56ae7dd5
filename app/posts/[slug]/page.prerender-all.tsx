/**
 * The post route when every post is prerendered (PRERENDER_POSTS unset, and
 * every static export): a segment that is no post is a 404 at once, with
 * nothing rendered. Its twin, page.prerender-newest.tsx, differs only here;
 * next.config.ts picks one (`pageExtensions`, lib/prerender-posts.ts), since
 * Next reads `dynamicParams` only as a literal in the route file itself.
 */
export { default, generateMetadata, generateStaticParams } from './post-page'

export const dynamicParams = false
