/**
 * Cost of the TOC scroll-spy on the 240-heading post: CDP Performance
 * metrics (ScriptDuration, TaskDuration, …) before and after a wheel scroll
 * from top to bottom in 60 steps, and long tasks seen meanwhile. The same
 * 60 steps without scrolling are measured first, so the harness's own
 * script (waiting for frames) can be subtracted.
 */
import type { CDPSession, Page } from '@playwright/test'
import { launchChromium } from './browser'

export interface TocScrollResult {
  url: string
  steps: number
  scrolledPx: number
  /** ScriptDuration during the scroll, ms. */
  scriptingMs: number
  /** Same, minus the no-scroll control run. */
  scriptingNetMs: number
  taskMs: number
  layoutMs: number
  recalcStyleMs: number
  controlScriptingMs: number
  longTasks: number
  maxLongTaskMs: number
  /** TOC links and the active one at the end (should be the last heading). */
  tocLinks: number
  activeAtEnd?: string
  lastHeadingId?: string
  wallMs: number
}

type Metrics = Record<string, number>

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map((m) => [m.name, m.value]))
}

const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )

const deltaMs = (a: Metrics, b: Metrics, key: string) => Number((((b[key] ?? 0) - (a[key] ?? 0)) * 1000).toFixed(1))

export async function measureTocScroll(url: string, steps = 60): Promise<TocScrollResult> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] }
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(url, { waitUntil: 'load' })
    // Hydrated: the TOC marks an entry as the current location.
    const toc = page.locator('nav[aria-label="Table of contents"]').first()
    await toc.locator('[aria-current="location"]').first().waitFor({ state: 'attached', timeout: 30_000 })
    await page.waitForTimeout(1000)
    const tocLinks = await toc.locator('a').count()

    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    await page.mouse.move(640, 400)

    // Control: the same waits, no scrolling.
    const c0 = await metrics(cdp)
    for (let i = 0; i < steps; i++) await nextFrames(page)
    const c1 = await metrics(cdp)

    const { height, viewport } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
    }))
    const step = Math.ceil((height - viewport) / steps)
    const t0 = await page.evaluate(() => performance.now())
    const started = Date.now()
    const m0 = await metrics(cdp)
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, step)
      await nextFrames(page)
    }
    // Let smooth scrolling finish: wait until scrollY stops changing.
    let last = -1
    for (let i = 0; i < 100; i++) {
      const y = await page.evaluate(() => window.scrollY)
      if (y === last) break
      last = y
      await page.waitForTimeout(50)
    }
    await nextFrames(page)
    const m1 = await metrics(cdp)
    const wallMs = Date.now() - started

    const end = await page.evaluate((since) => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] }
      const tasks = w.__longTasks.filter((t) => t.start >= since)
      const headings = [...document.querySelectorAll('article h2[id], article h3[id], article h4[id]')]
      return {
        scrollY: window.scrollY,
        longTasks: tasks.length,
        maxLongTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
        active:
          document
            .querySelector('nav[aria-label="Table of contents"] [aria-current="location"]')
            ?.getAttribute('href') ?? undefined,
        lastHeading: headings.at(-1)?.id,
      }
    }, t0)

    const scriptingMs = deltaMs(m0, m1, 'ScriptDuration')
    const controlScriptingMs = deltaMs(c0, c1, 'ScriptDuration')
    return {
      url,
      steps,
      scrolledPx: Math.round(end.scrollY),
      scriptingMs,
      scriptingNetMs: Number((scriptingMs - controlScriptingMs).toFixed(1)),
      taskMs: deltaMs(m0, m1, 'TaskDuration'),
      layoutMs: deltaMs(m0, m1, 'LayoutDuration'),
      recalcStyleMs: deltaMs(m0, m1, 'RecalcStyleDuration'),
      controlScriptingMs,
      longTasks: end.longTasks,
      maxLongTaskMs: Math.round(end.maxLongTask),
      tocLinks,
      activeAtEnd: end.active,
      lastHeadingId: end.lastHeading,
      wallMs,
    }
  } finally {
    await browser.close()
  }
}
