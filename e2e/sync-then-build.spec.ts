import { expect, test } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { startChainServer } from '../lib/sync/testing/chain-server'
import { DEMO_ACCOUNT, DEMO_THREAD_POST, demoDataset } from '../lib/sync/testing/demo-dataset'
import { buildFolder } from './build-folder'

// The whole path a Steem writer takes: `npm run sync` against a chain node
// (the local test node: no network here), then `npm run build` over what it
// wrote. The post and its conversation end up on the post's page.
test('npm run sync against a node, then next build: the posts and their conversations are the site', async () => {
  test.setTimeout(240_000)
  const server = await startChainServer(demoDataset('steem'))
  const content = mkdtempSync(path.join(tmpdir(), 'synced-'))
  const out = path.join(content, 'posts', DEMO_ACCOUNT)
  try {
    // Async: the node answers from this process while the sync runs.
    await promisify(execFile)('npm', ['run', 'sync', '--', DEMO_ACCOUNT, '--node', server.url, '--out', out], {
      env: { ...process.env, CI: 'true' },
    })
  } finally {
    await server.stop()
  }
  const written = readdirSync(out).filter((name) => name.endsWith('.md'))
  expect(written.length).toBeGreaterThan(1)
  expect(readdirSync(path.join(out, '_replies')).length).toBeGreaterThan(0)

  const { status, output, distDir } = buildFolder('synced', {}, { CONTENT_DIR: content })
  expect(status, output).toBe(0)
  const html = readFileSync(path.join(distDir, 'server', 'app', 'posts', `${DEMO_THREAD_POST}.html`), 'utf8')
  expect(html).toContain('id="replies"')
  expect(html).toMatch(/href="https:\/\/steemit\.com\/@[a-z0-9.-]+"/)
})
