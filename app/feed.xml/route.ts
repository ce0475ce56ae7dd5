import { FEED_CONTENT_TYPES, siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

export async function GET() {
  return new Response(await siteFeed('rss'), { headers: { 'Content-Type': FEED_CONTENT_TYPES.rss } })
}
