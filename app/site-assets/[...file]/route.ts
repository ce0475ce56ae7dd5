import { notFound } from 'next/navigation'
import { decodeSegment } from '@/lib/route-params'
import { siteAsset, siteAssetPaths } from '@/lib/site-assets'

export const dynamic = 'force-static'
export const dynamicParams = false

/** The avatar, favicon and logo the settings name, from the content folder (lib/site-assets.ts). */
export function generateStaticParams() {
  return siteAssetPaths().map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const asset = siteAsset((await params).file.map(decodeSegment)) ?? notFound()
  // An SVG opened on its own runs no script: it is an image of the author's, not a page of this site.
  return new Response(asset.body, {
    headers: {
      'Content-Type': asset.type,
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  })
}
