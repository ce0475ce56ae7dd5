import { describe, expect, it } from 'vitest'
import { siteAsset, siteAssetPaths } from './site-assets'

describe('site assets', () => {
  it('serves the images the settings name and nothing else of the content folder', () => {
    // The demo's settings name none: only the placeholder a static export needs.
    expect(siteAssetPaths()).toEqual([['icon.svg']])
    expect(siteAsset(['icon.svg'])?.type).toBe('image/svg+xml')
    expect(siteAsset(['posts', 'anything.md'])).toBeUndefined()
    expect(siteAsset(['..', 'package.json'])).toBeUndefined()
  })
})
