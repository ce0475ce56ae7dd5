import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { EXPORT_BASE_PATH, EXPORT_PORT } from './e2e-servers'

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' })
const results = (scope: Page | ReturnType<Page['locator']>) =>
  scope.getByRole('list', { name: 'Search results' }).getByRole('listitem')

/** Opens the header search with its shortcut, unless it is open, and searches; waits for this query's answer. */
async function search(page: Page, query: string) {
  // Until the page hydrates, "/" is just a key: press until the shortcut answers (the dialog may be open already).
  if (!(await dialog(page).isVisible()))
    await expect(async () => {
      await page.keyboard.press('/')
      await expect(dialog(page)).toBeVisible({ timeout: 500 })
    }).toPass()
  await dialog(page).getByRole('searchbox', { name: 'Search posts' }).fill(query)
  await expect(dialog(page).getByRole('status')).toContainText(`“${query}”`)
}

async function expectFirstResult(page: Page, query: string, title: string, href: string) {
  await search(page, query)
  const first = results(dialog(page)).first()
  await expect(first.getByRole('link')).toHaveAttribute('href', href)
  await expect(first).toContainText(title)
  // The matched word is highlighted in the snippet.
  await expect(first.locator('mark').first()).toBeVisible()
}

test('the index and search code load only when the reader first opens search', async ({ page }) => {
  const searchRequests: string[] = []
  page.on('request', (request) => {
    if (/\/pagefind\/|\/_next\/static\/search\//.test(request.url())) searchRequests.push(new URL(request.url()).pathname)
  })
  await page.goto('/posts/code')
  await page.waitForLoadState('networkidle')
  expect(searchRequests).toEqual([])
  await search(page, 'ownership')
  // The page loads /pagefind/pagefind.js, which loads the script the build published with Next's static files; the index sits beside it.
  expect(searchRequests[0]).toBe('/pagefind/pagefind.js')
  const published = /^\/_next\/static\/search\/pagefind-[\d.]+\//
  expect(searchRequests).toContainEqual(expect.stringMatching(new RegExp(`${published.source}pagefind\\.js$`)))
  expect(searchRequests).toContainEqual(expect.stringMatching(new RegExp(`${published.source}index/\\w+\\.pf_index$`)))
  expect(searchRequests.slice(1).every((path) => published.test(path))).toBe(true)
})

// The header dialog, searched one query after another on one page load (each
// step was a test loading the page), with the site's CSP watched throughout.
test('the header search finds Chinese, Korean and English words and tags, ranks titles first, says when nothing is found, shows an XSS query as text, and runs under the site’s Content-Security-Policy', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/')
  await test.step('a Chinese word inside an unspaced sentence finds its post first', async () => {
    await expectFirstResult(page, '茉莉花茶', '“城市+漫步”三个发现', '/posts/e2e7f2')
    await expect(results(dialog(page)).first().locator('mark').first()).toHaveText('茉莉花茶')
    await expect(results(dialog(page)).first()).toContainText('cn') // its category
  })
  await test.step('a Korean word finds its post, even with a particle attached in the text', async () => {
    // The post says 필름카메라를 (with the object particle 를).
    await expectFirstResult(page, '필름카메라', 'Light gear for long walks', '/posts/photo-gear')
  })
  await test.step('an English word finds its post first, and a title match ranks above a body match', async () => {
    await expectFirstResult(page, 'ownership', 'Rust notes: ownership in practice', '/posts/rust-notes')
    // "emphasis" is the title of one post and a word in the body of another.
    await search(page, 'emphasis')
    await expect(results(dialog(page))).toHaveCount(2)
    await expect(results(dialog(page)).first().getByRole('link')).toHaveAttribute('href', '/posts/cjk-emphasis')
  })
  await test.step('a tag name finds the posts carrying that tag', async () => {
    // Neither post has the word in its title or text: only the tag (written in two cases).
    await search(page, 'photography')
    const hrefs = await results(dialog(page))
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.slice(0, 2).sort()).toEqual(['/posts/photo-gear', '/posts/photo-walk'])
  })
  await test.step('no results is said plainly; an XSS query and snippet are shown as text', async () => {
    await search(page, 'zzzqqqxxx')
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “zzzqqqxxx”.')
    const attack = '<img src=x onerror=window.__xss=1>'
    await dialog(page).getByRole('searchbox').fill(attack)
    await expect(dialog(page).getByRole('status')).toContainText(`for “${attack}”`)
    // The XSS fixture post matches: its snippet holds the attack's text, escaped.
    await expect(results(dialog(page)).first()).toContainText('<img src=x onerror=window.__xss="title">')
    await expect(dialog(page).locator('img')).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
  })
  expect(violations).toEqual([])
})

test('keyboard: Ctrl-K opens, arrows walk the results, Enter opens one, Esc closes', async ({ page }) => {
  await page.goto('/posts/code')
  await expect(async () => {
    await page.keyboard.press('Control+k')
    await expect(dialog(page)).toBeVisible({ timeout: 500 })
  }).toPass()
  const field = dialog(page).getByRole('searchbox', { name: 'Search posts' })
  await expect(field).toBeFocused()
  await page.keyboard.type('html')
  await expect(dialog(page).getByRole('status')).toContainText('“html”')
  const links = results(dialog(page)).getByRole('link')
  await page.keyboard.press('ArrowDown')
  await expect(links.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(links.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(field).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog(page)).toBeHidden()
  // Reopened at once, the query is still there; Enter on a result opens it and closes the dialog.
  await page.keyboard.press('/')
  await expect(dialog(page)).toBeVisible()
  await expect(field).toHaveValue('html')
  await page.keyboard.press('ArrowDown')
  const href = await links.nth(0).getAttribute('href')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(href!)
  await expect(dialog(page)).toBeHidden()
  // "/" typed into a field is a character, not the shortcut.
  await page.keyboard.press('/')
  await field.fill('a')
  await field.press('/')
  await expect(field).toHaveValue('a/')
})

test('the dialog shows the best 8; Enter opens the search page with all of them', async ({ page }) => {
  await page.goto('/')
  await search(page, 'fixture') // the tag of the 16 construct posts, and a word in others
  const status = dialog(page).getByRole('status')
  await expect(status).toHaveText(/^\d+ results for “fixture”, best 8 shown$/)
  const total = Number((await status.textContent())!.split(' ')[0])
  expect(total).toBeGreaterThanOrEqual(16)
  await expect(results(dialog(page))).toHaveCount(8)
  await expect(dialog(page).getByRole('link', { name: `All ${total} results` })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/search?q=fixture')
  await expect(dialog(page)).toBeHidden()
  await expect(results(page.getByRole('main'))).toHaveCount(total)
})

test('/search?q= shows the results for the URL, keeps what is typed in the URL, and passes axe', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('区块链')}`)
  const field = page.getByRole('main').getByRole('searchbox', { name: 'Search posts' })
  await expect(field).toHaveValue('区块链')
  const main = page.getByRole('main')
  await expect(results(main).first().getByRole('link')).toHaveAttribute('href', '/posts/unicode-names')
  // The header shortcut focuses this page's field instead of opening a dialog.
  await main.getByRole('link').first().focus()
  await page.keyboard.press('/')
  await expect(field).toBeFocused()
  await expect(dialog(page)).toHaveCount(0)
  await field.fill('ownership')
  await expect(page).toHaveURL('/search?q=ownership')
  await expect(results(main).first()).toContainText('Rust notes: ownership in practice')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.reload()
  await expect(field).toHaveValue('ownership')
})

test.describe('in the static export under a base path', () => {
  test.use({ baseURL: `http://localhost:${EXPORT_PORT}` })

  test('the header search and the search page find posts and link into the base path', async ({ page }) => {
    await page.goto(`${EXPORT_BASE_PATH}/`)
    await expectFirstResult(page, '茉莉花茶', '“城市+漫步”三个发现', `${EXPORT_BASE_PATH}/posts/e2e7f2/`)
    await results(dialog(page)).first().getByRole('link').click()
    await expect(page).toHaveURL(`${EXPORT_BASE_PATH}/posts/e2e7f2/`)
    await expect(page.locator('h1')).toHaveText('“城市+漫步”三个发现')

    await page.goto(`${EXPORT_BASE_PATH}/search/?q=ownership`)
    const first = results(page.getByRole('main')).first()
    await expect(first.getByRole('link')).toHaveAttribute('href', `${EXPORT_BASE_PATH}/posts/rust-notes/`)
    await first.getByRole('link').click()
    await expect(page.locator('h1')).toHaveText('Rust notes: ownership in practice')
  })
})
