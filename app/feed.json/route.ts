import { FEED_CONTENT_TYPES, siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

export async function GET() {
  return new Response(await siteFeed('json'), { headers: { 'Content-Type': FEED_CONTENT_TYPES.json } })
}
