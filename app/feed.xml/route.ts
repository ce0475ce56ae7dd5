import { rssFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

export async function GET() {
  return new Response(await rssFeed(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
