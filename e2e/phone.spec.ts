import { axeViolations } from './axe'
import { expect, test, type Page } from '@playwright/test'

/** The header's items and where each leads (the fixtures have `pages/about.md`, so About is one of them). */
const MENU_ITEMS = [
  { name: 'Home', path: '/' },
  { name: 'Archives', path: '/archives' },
  { name: 'Categories', path: '/categories' },
  { name: 'Tags', path: '/tags' },
  { name: 'About', path: '/about' },
  { name: 'RSS', path: '/feed.xml' },
]
const POST = '/posts/e2e7f2'
/** Long titles, a wide table, code, long unbroken names, 240 headings in the TOC, a list, the standalone page. */
const PAGES = [
  POST,
  '/posts/long-toc',
  '/posts/xss',
  '/posts/big-table',
  '/posts/code',
  '/posts/unicode-names',
  '/',
  '/tags/fixture',
  '/archives',
  '/about',
]

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' })
const menu = (page: Page) => page.getByRole('navigation', { name: 'Main' })

async function openMenu(page: Page) {
  await menuButton(page).click()
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(menu(page)).toBeVisible()
}

async function expectMenuClosed(page: Page) {
  await expect(menu(page)).toBeHidden()
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
}

/** Fails when anything makes the page scroll sideways. */
async function expectNoHorizontalScroll(page: Page, path: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(innerWidth)
}

/** The width the post's text gets, as a share of the viewport: `.post-body`'s content box. */
function textShare(page: Page) {
  // The post's own body comes first; replies below it render their text in the same class.
  return page
    .locator('.post-body')
    .first()
    .evaluate((body) => {
      const style = getComputedStyle(body)
      const content = body.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return content / window.innerWidth
    })
}

for (const width of [320, 375, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 740 } })

    test('the header fits: title, Search, theme toggle and the menu button are on screen, the inline links are not', async ({
      page,
    }) => {
      await page.goto(POST)
      const header = page.locator('body > header')
      const title = header.getByRole('link').first()
      await expect(title).toHaveText('Steem Archive')
      const controls = [
        header.getByRole('link', { name: 'Search' }),
        header.getByRole('button', { name: /Switch to (dark|light) theme/ }),
        menuButton(page),
      ]
      for (const item of [title, ...controls]) await expect(item).toBeInViewport({ ratio: 1 })
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
      await expect(menuButton(page)).toHaveAttribute('aria-controls', 'site-menu')
      await expect(menu(page)).toBeHidden()
      await expectNoHorizontalScroll(page, POST)

      // A site title longer than the screen is cut with an ellipsis; it pushes nothing off.
      await title.evaluate((link) => (link.textContent = 'A much longer site title than any phone has room for'))
      for (const item of controls) await expect(item).toBeInViewport({ ratio: 1 })
      expect(await title.evaluate((link) => link.scrollWidth > link.clientWidth)).toBe(true)
      await expect(title).toHaveCSS('text-overflow', 'ellipsis')
      await expectNoHorizontalScroll(page, POST)
    })

    test('every menu item leads to its page, and the menu closes after a client-side navigation', async ({ page }) => {
      // One load: each item is opened from the page the item before it led to.
      await page.goto(POST)
      // A mark on the window survives only client-side navigations: the header (and the menu) stayed throughout.
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
      for (const item of MENU_ITEMS) {
        await openMenu(page)
        const link = menu(page).getByRole('link', { name: item.name, exact: true })
        await expect(link).toBeInViewport({ ratio: 1 })
        if (item.path === '/feed.xml') {
          // A feed, not a page (Chromium would download it): check where it points and that it is there.
          expect(await link.getAttribute('href')).toBe(item.path)
          expect((await page.request.get(item.path)).ok()).toBe(true)
          await page.keyboard.press('Escape')
          await expectMenuClosed(page)
          continue
        }
        await link.click()
        await expect(page).toHaveURL(item.path)
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), item.name).toBe(true)
        await expectMenuClosed(page)
      }
    })

    test('keyboard: Tab to the button, Enter opens, Tab walks the items, Esc closes and returns focus', async ({
      page,
    }) => {
      await page.goto(POST)
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
      for (
        let presses = 0;
        presses < 10 && !(await menuButton(page).evaluate((b) => b === document.activeElement));
        presses++
      )
        await page.keyboard.press('Tab')
      await expect(menuButton(page)).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true')
      for (const item of MENU_ITEMS) {
        await page.keyboard.press('Tab')
        await expect(menu(page).getByRole('link', { name: item.name, exact: true })).toBeFocused()
      }
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Escape')
      await expectMenuClosed(page)
      await expect(menuButton(page)).toBeFocused()

      // Tabbing on past the last item closes the menu instead of leaving it over the text.
      await page.keyboard.press('Enter')
      await expect(menu(page)).toBeVisible()
      for (let presses = 0; presses <= MENU_ITEMS.length; presses++) await page.keyboard.press('Tab')
      await expectMenuClosed(page)
    })

    test('a click outside the menu closes it', async ({ page }) => {
      await page.goto(POST)
      await openMenu(page)
      // The title's left edge: outside the menu, which opens at the right.
      await page.locator('article h1').click({ position: { x: 2, y: 2 } })
      await expectMenuClosed(page)
    })

    // At 320 px the every-page walk below checks this on every page of the site.
    if (width !== 320)
      test('the post text is at least 90 % of the screen and no page scrolls sideways', async ({ page }) => {
        for (const path of PAGES) {
          await page.goto(path)
          if (path.startsWith('/posts/') || path === '/about')
            expect(await textShare(page), `${path} text width`).toBeGreaterThanOrEqual(0.9)
          await expectNoHorizontalScroll(page, path)
        }
      })
  })
}

test.describe('on a 320 px phone, every page of the site', () => {
  test.use({ viewport: { width: 320, height: 740 } })

  // The sitemap's pages in two halves, one per worker: 26 posts, 56 others.
  const halves = [
    { title: 'every post fits the screen and gives its text at least 90 % of it', posts: true },
    { title: 'every other page fits the screen; the standalone page gives its text at least 90 % of it', posts: false },
  ]
  for (const half of halves)
    test(half.title, async ({ page, baseURL }) => {
      test.setTimeout(180_000) // up to ~60 pages, one after another
      const sitemap = await (await page.request.get('/sitemap.xml')).text()
      const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
        .map((m) => new URL(m[1]).pathname)
        .filter((path) => path.startsWith('/posts/') === half.posts)
      expect(paths.length).toBeGreaterThan(20)
      if (!half.posts) expect(paths).toContain('/about')
      for (const path of paths) {
        await page.goto(new URL(path, baseURL).href)
        await expectNoHorizontalScroll(page, path)
        if (path.startsWith('/posts/') || path === '/about')
          expect(await textShare(page), `${path} text width`).toBeGreaterThanOrEqual(0.9)
      }
    })
})

test.describe('before hydration (here: without JavaScript)', () => {
  test.use({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false })

  test('the page already shows the phone header, and the menu opens and closes', async ({ page }) => {
    await page.goto(POST)
    await expect(menuButton(page)).toBeInViewport({ ratio: 1 })
    await expect(menu(page)).toBeHidden()
    await menuButton(page).click()
    for (const item of MENU_ITEMS)
      await expect(menu(page).getByRole('link', { name: item.name, exact: true })).toBeInViewport({ ratio: 1 })
    await page.keyboard.press('Escape')
    await expect(menu(page)).toBeHidden()
  })
})

test.describe('on a 430 px phone', () => {
  test.use({ viewport: { width: 430, height: 900 } })

  test('the menu holds every item, on screen', async ({ page }) => {
    await page.goto('/')
    await openMenu(page)
    for (const item of MENU_ITEMS)
      await expect(menu(page).getByRole('link', { name: item.name, exact: true })).toBeInViewport({ ratio: 1 })
  })
})

test.describe('from the md breakpoint', () => {
  test.use({ viewport: { width: 768, height: 900 } })

  test('the links are an inline row again and there is no menu button', async ({ page }) => {
    await page.goto(POST)
    await expect(menuButton(page)).toBeHidden()
    for (const item of MENU_ITEMS)
      await expect(menu(page).getByRole('link', { name: item.name, exact: true })).toBeInViewport({ ratio: 1 })
    const tops = await menu(page)
      .getByRole('link')
      .evaluateAll((links) => new Set(links.map((link) => link.getBoundingClientRect().top)).size)
    expect(tops).toBe(1)
  })
})

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the phone menu open (${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(POST)
    await openMenu(page)
    // The header and its menu: the rest of the page is reading.spec.ts's axe run.
    expect(await axeViolations(page, ['body > header'])).toEqual([])
  })
}
