import { FEED_CONTENT_TYPES, siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

/** Hexo's feed path: subscribers of the old blog keep their subscription. */
export async function GET() {
  return new Response(await siteFeed('atom'), { headers: { 'Content-Type': FEED_CONTENT_TYPES.atom } })
}
