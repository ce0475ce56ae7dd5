import { axeViolations } from './axe'
import { expect, test, type Locator, type Page } from '@playwright/test'
import path from 'node:path'
import { buildFolder } from './build-folder'
import { EXPORT_BASE_PATH, EXPORT_PORT } from './e2e-servers'

// The conversations in e2e/fixtures/posts/_replies/: tech-general (Steem, the big
// tree), photo-walk (Hive, Chinese and Korean), e2e7f2 (a reply heading that
// repeats the post's). Reply bodies carry markers (DEPTH-TWO, XSS-REPLY…) to find them.
const POST = '/posts/tech-general'
const thread = (page: Page) => page.locator('#replies')
/** The reply (`<li>`) whose own body holds `marker`. */
const reply = (page: Page, marker: string) =>
  thread(page)
    .locator('li')
    .filter({ has: page.locator(':scope > .post-body, :scope > details > .post-body', { hasText: marker }) })
const replyBody = (page: Page, marker: string) => thread(page).locator('.post-body').filter({ hasText: marker })

/** How many replies enclose this one: 1 for a reply to the post. */
const depthOf = (locator: Locator) =>
  locator.evaluate((li) => {
    let depth = 0
    for (let node: Element | null = li; node && node.id !== 'replies'; node = node.parentElement)
      if (node.tagName === 'LI') depth++
    return depth
  })

// One load of the busy thread for what a reader sees in it, in steps: what
// shows first, what opening the muted and collapsed branches shows, then the
// count link that leaves for the thread. (Each step was a test loading the page.)
test('a busy thread read top to bottom: threaded and counted, replies attributed, markup sanitized, muted, deep and long branches collapsed until clicked, the count linked; a Hive thread', async ({
  page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(POST)
  await test.step('replies are threaded under their parents, oldest first, muted ones last, counted in the heading', async () => {
    await expect(page.locator('#replies-title')).toHaveText('28 replies')
    const chain = ['Great point about tools', 'DEPTH-TWO', 'DEPTH-THREE', 'DEPTH-FOUR', 'DEPTH-FIVE', 'DEEP-REPLY-SIX']
    for (const [at, marker] of chain.entries()) expect(await depthOf(reply(page, marker)), marker).toBe(at + 1)
    // Each one inside the one before it.
    for (let at = 1; at < chain.length; at++)
      await expect(
        reply(page, chain[at - 1])
          .locator('li')
          .filter({ has: page.locator('.post-body', { hasText: chain[at] }) }),
      ).toHaveCount(1)
    const topLevel = await thread(page)
      .locator(':scope > ol > li')
      .evaluateAll((items) => items.map((li) => li.querySelector(':scope > .meta .author')?.textContent ?? '(deleted)'))
    expect(topLevel).toEqual([
      'alice',
      'mallory',
      '(deleted)',
      'frank',
      'host',
      'heidi',
      'ivan',
      'spammer',
      'troll',
      'grumpy',
    ])
    // The 3,000-line reply is there whole.
    await expect(replyBody(page, 'LONG-REPLY-START')).toContainText('Line 2999 of a very long reply')
    await expect(replyBody(page, 'LONG-REPLY-START')).toContainText('LONG-REPLY-END')
  })
  await test.step('each reply shows its author linked to the chain’s front end, reputation, a <time>, votes and payout', async () => {
    const meta = reply(page, 'Great point about tools').locator(':scope > .meta')
    await expect(meta).toHaveText('alice (62) · 2019年2月1日 · 5 votes · 0.512 SBD')
    await expect(meta.getByRole('link', { name: 'alice' })).toHaveAttribute('href', 'https://steemit.com/@alice')
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2019-02-01T11:00:00Z')
    // The date links to the reply itself, as on Steemit.
    const id = await reply(page, 'Great point about tools').getAttribute('id')
    expect(id).toBe('@alice/re-e2e-writer-tech-general-20190201t110000z')
    await expect(meta.locator('time').locator('..')).toHaveAttribute('href', `#${id}`)
    // Zero payouts are left out; every reply shown has its date.
    await expect(reply(page, 'DEPTH-TWO').locator(':scope > .meta')).toHaveText('bob (55) · 2019年2月1日 · 2 votes')
    const replies = thread(page).locator('li:has(> .meta)')
    await expect(replies.locator(':scope > .meta time[datetime]')).toHaveCount(await replies.count())
    await expect(thread(page).getByRole('link', { name: 'Reply on Steemit' })).toHaveAttribute(
      'href',
      'https://steemit.com/@e2e-writer/tech-general',
    )
  })
  await test.step('reply markup is sanitized: nothing runs, no frame, no event handlers, no script URLs', async () => {
    const body = replyBody(page, 'XSS-REPLY')
    await expect(body).toContainText('javascript link')
    await body.getByText('hover target').hover()
    await body.getByText('hover target').click()
    await body.getByText('javascript link').click()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined()
    expect(dialogs).toEqual([])
    await expect(page).toHaveURL(POST)
    await expect(thread(page).locator('script, iframe, svg, object, embed, [style]')).toHaveCount(0)
    const handlers = await thread(page)
      .locator('*')
      .evaluateAll((elements) =>
        elements.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
      )
    expect(handlers).toEqual([])
    for (const href of await thread(page)
      .locator('[href]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')!)))
      expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i)
    // Its `id="main"` did not clobber the page's <main>.
    expect(await page.evaluate(() => document.getElementById('main')?.tagName)).toBe('MAIN')
  })
  await test.step('muted replies are collapsed behind Steemit’s note; a deleted reply with replies is a placeholder', async () => {
    for (const marker of ['FLAGGED-REPLY', 'NEGATIVE-REP-REPLY', 'DOWNVOTED-REPLY']) {
      const muted = reply(page, marker).locator(':scope > details.muted')
      await expect(muted, marker).not.toHaveAttribute('open')
      await expect(muted.locator('summary'), marker).toHaveText('Hidden due to low ratings')
      await expect(replyBody(page, marker)).toBeHidden()
    }
    await expect(reply(page, 'NEGATIVE-REP-REPLY').locator(':scope > .meta')).toContainText('troll (-2)')
    await reply(page, 'FLAGGED-REPLY').locator('summary').click()
    await expect(replyBody(page, 'FLAGGED-REPLY')).toBeVisible()

    const placeholder = thread(page)
      .locator('li')
      .filter({ has: page.locator(':scope > .deleted') })
    await expect(placeholder).toHaveCount(1)
    await expect(placeholder.locator(':scope > .deleted')).toHaveText('Reply deleted')
    expect(await depthOf(reply(page, 'ORPHANED-CHILD'))).toBe(2)
    await expect(placeholder.locator('li')).toHaveCount(1)
    // The deleted reply without replies is left out altogether.
    await expect(thread(page)).not.toContainText('ghost')
  })
  await test.step('deep and long branches start collapsed in <details>, and open on a click', async () => {
    // Below the fifth level.
    const deep = reply(page, 'DEPTH-FIVE').locator(':scope > details.more')
    await expect(deep).not.toHaveAttribute('open')
    await expect(deep.locator('summary')).toHaveText('Show 1 more reply')
    await expect(replyBody(page, 'DEEP-REPLY-SIX')).toBeHidden()
    await deep.locator('summary').click()
    await expect(deep).toHaveAttribute('open')
    await expect(replyBody(page, 'DEEP-REPLY-SIX')).toBeVisible()
    // After ten replies at one level.
    const long = reply(page, 'LONG-BRANCH').locator(':scope > details.more')
    await expect(long.locator('summary')).toHaveText('Show 3 more replies')
    await expect(long).not.toHaveAttribute('open')
    await expect(replyBody(page, 'QUESTION-10')).toBeVisible()
    await expect(replyBody(page, 'QUESTION-11')).toBeHidden()
    await long.locator('summary').click()
    await expect(replyBody(page, 'QUESTION-13')).toBeVisible()
    await expect(replyBody(page, 'QUESTION-12').locator('strong')).toHaveText('工具。')
  })
  await test.step('the reply count in the post header links to the thread', async () => {
    const count = page.locator('article header').getByRole('link', { name: '28 replies' })
    await expect(count).toHaveAttribute('href', '#replies')
    await count.click()
    await expect(page).toHaveURL(`${POST}#replies`)
    await expect(page.locator('#replies-title')).toBeInViewport()
    // A post without a conversation file shows no count and no thread.
    await page.goto('/posts/photo-gear')
    await expect(page.locator('#replies')).toHaveCount(0)
    await expect(page.locator('article header')).not.toContainText('repl')
  })
  await test.step('on Hive: authors and the reply link go to hive.blog; replies read in the posts’ markdown dialect', async () => {
    await page.goto('/posts/photo-walk')
    await expect(thread(page).getByRole('link', { name: 'lin' })).toHaveAttribute('href', 'https://hive.blog/@lin')
    await expect(thread(page).getByRole('link', { name: 'Reply on Hive' })).toHaveAttribute(
      'href',
      'https://hive.blog/@e2e-writer/photo-walk',
    )
    // The same markdown dialect as posts: CJK emphasis closing on punctuation.
    await expect(replyBody(page, '拍得真好').locator('strong')).toHaveText('光线很美。')
    await expect(reply(page, '拍得真好').locator(':scope > .meta')).toHaveText(
      'lin (58) · 2021年4月10日 · 3 votes · 0.321 HBD',
    )
  })
})

test('a link to a reply inside a collapsed branch opens it; on a wide screen its sixth level is indented further', async ({
  page,
}) => {
  await page.goto(`${POST}#@dave/re-bob-re-carol-20190201t115000z`)
  await expect(reply(page, 'DEPTH-FIVE').locator(':scope > details.more')).toHaveAttribute('open')
  await expect(replyBody(page, 'DEEP-REPLY-SIX')).toBeInViewport()
  // The default viewport is a desktop's: past the phone's cap on indentation.
  const left = async (marker: string) => (await replyBody(page, marker).boundingBox())!.x
  expect(await left('DEEP-REPLY-SIX')).toBeGreaterThan(await left('DEPTH-FIVE'))
})

test('reply headings and footnotes get ids of their own: none collides with the post’s, none enters the TOC', async ({
  page,
}) => {
  await page.goto('/posts/e2e7f2')
  const toc = page.getByRole('navigation', { name: 'Table of contents' })
  await expect(toc.getByRole('link')).toHaveText(['1第一个发现：老街', '2第二个发现：河边', '3第三个发现：茶馆'])
  const postHeadingId = decodeURIComponent((await toc.getByRole('link').last().getAttribute('href'))!.slice(1))
  const replyHeading = thread(page).getByRole('heading', { name: '第三个发现：茶馆' })
  await expect(replyHeading).toHaveAttribute('id', `@reader/re-e2e-writer-e2e7f2-20200329t080000z/${postHeadingId}`)
  // Every id on the page is unique.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))
  expect(ids.filter((id, at) => ids.indexOf(id) !== at)).toEqual([])
  // The footnote reference and its back link go to the reply's own footnote.
  await thread(page).locator('[data-footnote-ref]').click()
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1))
  expect(hash).toMatch(/^@reader\/re-e2e-writer-e2e7f2-20200329t080000z\/user-content-fn-/)
  await expect(page.locator(`[id="${hash}"]`)).toContainText('REPLY-FOOTNOTE')
  // A reply's link to the post's heading still reaches the post's heading.
  const back = await replyBody(page, 'Back to').getByRole('link', { name: 'the tea house' }).getAttribute('href')
  expect(decodeURIComponent(back!)).toBe(`#${postHeadingId}`)
  await expect(page.locator('article').locator(`[id="${postHeadingId}"]`)).toHaveCount(1)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('indentation stops growing, so even the deepest reply fits the screen', async ({ page }) => {
    await page.goto(POST)
    for (const summary of await thread(page).locator('summary').all()) await summary.click()
    await expect(replyBody(page, 'DEEP-REPLY-SIX')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const left = async (marker: string) => (await replyBody(page, marker).boundingBox())!.x
    const [d1, d2, d5, d6] = [
      await left('Great point about tools'),
      await left('DEPTH-TWO'),
      await left('DEPTH-FIVE'),
      await left('DEEP-REPLY-SIX'),
    ]
    expect(d2).toBeGreaterThan(d1)
    expect(d5).toBeGreaterThan(d2)
    expect(d6).toBe(d5) // capped
    expect((await replyBody(page, 'DEEP-REPLY-SIX').boundingBox())!.width).toBeGreaterThan(250)
  })
})

test('a post with replies loads the same scripts as one without: the thread adds no client JS', async ({ page }) => {
  const scripts = async (path: string) => {
    await page.goto(path)
    return page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src).sort())
  }
  const without = await scripts('/posts/pinned-start')
  expect(await scripts(POST)).toEqual(without)
})

// One axe pass per theme over the thread with every kind of reply (muted,
// deleted, deep and long branches, images, footnotes, sanitized markup), its
// collapsed branches opened: opening only shows what they hid (the summaries
// stay), so this pass checks all a collapsed pass would. The other two threads
// hold nothing this one lacks: e2e7f2's (a heading, a footnote; nothing
// collapsed) is analysed whole by reading.spec.ts's axe on that post, and
// photo-walk's three short replies are the same markup.
for (const theme of ['light', 'dark'] as const)
  test(`axe finds no violations in a thread with every kind of reply, its branches opened (${theme})`, async ({
    page,
  }) => {
    // axe over a 28-reply thread with a 3,000-line reply takes a while on a busy CI machine.
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(POST)
    for (const details of await thread(page).locator('details').all()) await details.locator(':scope > summary').click()
    await expect(thread(page).locator('details:not([open])')).toHaveCount(0)
    expect(await axeViolations(page, ['#replies', 'article header']), `${POST} (${theme}, opened)`).toEqual([])
  })

test('replies stay out of the feeds and the search index', async ({ page, request }) => {
  for (const feed of ['/feed.xml', '/atom.xml', '/feed.json']) {
    const text = await (await request.get(feed)).text()
    expect(text, feed).toContain('带着相机出门') // photo-walk's own text is there…
    for (const replyText of ['光线很美', 'HIVE-REPLY-TEXT', 'REPLY-FOOTNOTE', 'I loved the tea house part'])
      expect(text, `${feed}: ${replyText}`).not.toContain(replyText) // …its replies' are not
  }
  const status = page.getByRole('main').getByRole('status')
  // The post's own word finds it; a word only its replies use finds nothing.
  await page.goto('/search?q=disappear')
  await expect(
    page.getByRole('main').getByRole('listitem').getByRole('link', { name: 'A note on tooling' }),
  ).toBeVisible()
  await page.goto('/search?q=ZEPHYRINE')
  await expect(status).toHaveText('No results for “ZEPHYRINE”.')
})

test('in the static export under its base path, reply links and images carry the base path', async ({ page }) => {
  await page.goto(`http://localhost:${EXPORT_PORT}${EXPORT_BASE_PATH}/posts/tech-general/`)
  await expect(page.locator('#replies-title')).toHaveText('28 replies')
  await expect(replyBody(page, 'HEIDI-FOOTNOTE').locator('img')).toHaveAttribute('src', `${EXPORT_BASE_PATH}/icon.svg`)
  await page.locator('article header').getByRole('link', { name: '28 replies' }).click()
  await expect(page).toHaveURL(`http://localhost:${EXPORT_PORT}${EXPORT_BASE_PATH}/posts/tech-general/#replies`)
})

test('a malformed conversation file fails the build with one line naming the file and the field', () => {
  const bad = {
    author: 'b',
    permlink: 're-a',
    parent_author: 'w',
    parent_permlink: 'a',
    created: 'yesterday',
    last_update: '2020-01-01T00:00:00',
    body: 'x',
  }
  const file = {
    format: 1,
    chain: 'steem',
    post: { author: 'w', permlink: 'a', children: 1, last_update: '2020-01-01T00:00:00' },
    fetched_at: '2020-01-02T00:00:00Z',
    replies: [bad],
  }
  const { status, output, root } = buildFolder('bad-conversation', {
    'posts/a.md': '\n---\ntitle: A\npermlink: a\n---\nbody\n',
    'posts/_replies/a.json': JSON.stringify(file, null, 2),
  })
  expect(status).not.toBe(0)
  expect(output).toContain(
    `Content error: ${path.join(root, 'posts', '_replies', 'a.json')}: replies[0].created: expected a UTC time like "2020-03-28T17:12:42", got "yesterday"\n`,
  )
  expect(output).not.toMatch(/^\s+at /m)
})
