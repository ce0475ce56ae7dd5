import { expect, test } from '@playwright/test'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { DEMO_ACCOUNT, DEMO_THREAD_POST } from '../lib/sync/testing/demo-dataset'
import { syncedAccountDir } from './real-archive/prepare'
import { ARCHIVE_EXPORT, pagePath } from './real-archive/servers'

// The whole path a Steem writer takes: `npm run sync` against a chain node
// (the local test node: no network here), then `next build` over what it
// wrote. The sync runs where the real archive's export build is prepared
// (e2e/real-archive/prepare.ts --synced), so that build is this path's build:
// its crawl (e2e/real-archive.spec.ts) reaches every synced post too.
test.use({ baseURL: ARCHIVE_EXPORT.origin })

test('npm run sync against a node, then next build: the posts and their conversations are the site', async ({
  request,
}) => {
  const out = syncedAccountDir(ARCHIVE_EXPORT.contentDir)
  const written = readdirSync(out).filter((name) => name.endsWith('.md'))
  expect(written.length, `posts the sync wrote for ${DEMO_ACCOUNT}`).toBeGreaterThan(1)
  expect(readdirSync(path.join(out, '_replies')).length).toBeGreaterThan(0)

  const response = await request.get(pagePath(ARCHIVE_EXPORT, `/posts/${DEMO_THREAD_POST}`))
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain('id="replies"')
  expect(html).toMatch(/href="https:\/\/steemit\.com\/@[a-z0-9.-]+"/)
})
