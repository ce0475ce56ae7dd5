import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const [name, url, w, h, full] of process.argv.slice(2).map(a => a.split(','))) {
  const p = await b.newPage({ viewport: { width: +w, height: +h } })
  await p.goto('http://localhost:3000' + url, { waitUntil: 'networkidle' }).catch(() => {})
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: full === '1' })
  await p.close()
}
await b.close()
