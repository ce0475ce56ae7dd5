import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Post } from '../content/post'
import { legacyPaths } from '../legacy-urls'
import { ConfigError } from './config-error'
import { defaultSiteConfig } from '../site-config'
import { loadSiteConfig } from './load-site-config'

/** A folder holding `files` (path → text), and a post so it is a content folder. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'site-config-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

const load = (contentDir: string, env: Record<string, string> = {}) =>
  loadSiteConfig({ contentDir, env, projectDir: tmpdir() })

const POST = '---\ntitle: A\ndate: 2020-01-01\n---\nA\n'

const HEXO_CONFIG = `
title: 林的博客
subtitle: 慢慢写
author: lin
language: [zh-CN, en]
timezone: Asia/Shanghai
url: https://lin.example.com
permalink: :year/:month/:day/:title/
per_page: 4
archive_generator:
  per_page: 12
  yearly: true
date_format: YYYY年M月D日
theme: icarus
deploy:
  type: git
`

const ICARUS_CONFIG = `
version: 5.1.0
logo:
  text: 林
navbar:
  menu:
    首页: /
    归档: /archives
    关于我: /about
  links:
    GitHub:
      icon: fab fa-github
      url: https://github.com/lin
widgets:
  - type: recent_posts
    position: left
  - type: profile
    position: right
    author: 林
    author_title: 写字的人
    location: 上海
    avatar_rounded: true
    follow_link: https://steemit.com/@lin
    social_links:
      Steemit: https://steemit.com/@lin
  - type: tags
    position: left
    amount: 12
  - type: adsense
    position: left
sidebar:
  right:
    sticky: true
article:
  readtime: false
  licenses:
    CC BY-NC 4.0: https://creativecommons.org/licenses/by-nc/4.0/
plugins:
  back_to_top: false
  progressbar: true
`

describe('loadSiteConfig', () => {
  it('gives a folder with no settings the defaults, nobody else’s name or old URLs', () => {
    const { config, warnings, files } = load(folder({ 'posts/a.md': POST }))
    expect(config).toEqual({ ...defaultSiteConfig, profile: { ...defaultSiteConfig.profile, name: 'Steem Archive' } })
    expect(warnings).toEqual([])
    expect(files).toEqual([])
  })

  it('reads the demo archive’s content/site.yml: a zh-CN site with an English interface and its old URLs', () => {
    const { config, warnings, files } = load(path.resolve('content'))
    expect(config).toMatchObject({ title: 'Steem Archive', author: 'demo-author', language: 'zh-CN', uiLanguage: 'en' })
    expect(config.profile).toMatchObject({ name: 'demo-author', avatarRounded: true })
    expect(config.widgets.map((widget) => widget.type)).toEqual(defaultSiteConfig.widgets.map((widget) => widget.type))
    expect(config.legacyPermalinks).toEqual([':category/:post_title/', '@demo-author/:permlink/'])
    expect(warnings).toEqual([])
    expect(files).toEqual([path.join('content', 'site.yml')])
  })

  it('reads a Hexo site root: _config.yml and _config.icarus.yml, posts in source/', () => {
    const root = folder({ '_config.yml': HEXO_CONFIG, '_config.icarus.yml': ICARUS_CONFIG, 'source/_posts/a.md': POST })
    const { config, location } = load(root)
    expect(location).toMatchObject({ contentDir: path.join(root, 'source'), hexoRoot: root, hexoSource: true })
    expect(config).toMatchObject({
      title: '林的博客',
      subtitle: '慢慢写',
      author: 'lin',
      language: 'zh-CN',
      uiLanguage: 'zh-CN',
      timezone: 'Asia/Shanghai',
      url: 'https://lin.example.com',
      root: '',
      dateFormat: 'YYYY年M月D日',
      // per_page for every generator but the archive, which sets its own.
      perPage: { home: 4, tag: 4, category: 4, archive: 12 },
      logo: { text: '林' },
      navLinks: [{ label: 'GitHub', href: 'https://github.com/lin' }],
      sidebar: { left: { sticky: false }, right: { sticky: true } },
      sidebarTags: 12,
      readingTime: false,
      readingAids: { backToTop: false, progressBar: true },
      licenses: [{ label: 'CC BY-NC 4.0', href: 'https://creativecommons.org/licenses/by-nc/4.0/' }],
    })
    expect(config.nav).toEqual([
      { label: '首页', href: '/' },
      { label: '归档', href: '/archives' },
      { label: '关于我', href: '/about' },
    ])
    // In the configured order; adsense is not a widget here.
    expect(config.widgets).toEqual([
      { type: 'recent_posts', position: 'left' },
      { type: 'profile', position: 'right' },
      { type: 'tagcloud', position: 'left' },
    ])
    expect(config.profile).toEqual({
      name: '林',
      title: '写字的人',
      location: '上海',
      avatar: undefined,
      avatarRounded: true,
      followLink: 'https://steemit.com/@lin',
      links: [{ label: 'Steemit', href: 'https://steemit.com/@lin' }],
    })
    expect(config.legacyPermalinks).toEqual([':year/:month/:day/:title/'])
  })

  it('finds the same site from its source/ folder', () => {
    const root = folder({ '_config.yml': HEXO_CONFIG, '_config.icarus.yml': ICARUS_CONFIG, 'source/_posts/a.md': POST })
    const fromSource = load(path.join(root, 'source'))
    expect(fromSource.location).toMatchObject({ contentDir: path.join(root, 'source'), hexoRoot: root })
    expect(fromSource.config).toEqual(load(root).config)
  })

  it('reads a plain content folder without Hexo, with Hexo’s defaults nowhere', () => {
    const { config, location } = load(folder({ 'posts/a.md': POST, 'site.yml': 'title: Plain\n' }))
    expect(location.hexoRoot).toBeUndefined()
    expect(config).toMatchObject({
      title: 'Plain',
      language: 'en',
      perPage: { home: 6, archive: 20 },
      legacyPermalinks: [],
    })
    expect(config.dateFormat).toBeUndefined()
  })

  it('applies Hexo’s own defaults under a Hexo site’s files', () => {
    const { config } = load(folder({ '_config.yml': 'title: T\n', 'source/_posts/a.md': POST }))
    expect(config).toMatchObject({
      language: 'en',
      uiLanguage: 'en',
      perPage: { home: 10, tag: 10, category: 10, archive: 10 },
      dateFormat: 'YYYY-MM-DD',
      legacyPermalinks: [':year/:month/:day/:title/'],
      future: true,
    })
  })

  it('merges the theme config as Hexo does: themes/<theme>/_config.yml < _config.<theme>.yml < theme_config', () => {
    const root = folder({
      '_config.yml': 'theme: icarus\ntheme_config:\n  sidebar:\n    left:\n      sticky: true\n',
      'themes/icarus/_config.yml':
        'logo:\n  text: from the theme folder\nsidebar:\n  left:\n    sticky: false\n  right:\n    sticky: true\narticle:\n  readtime: false\n',
      '_config.icarus.yml': 'logo:\n  text: from _config.icarus.yml\n',
      'source/_posts/a.md': POST,
    })
    const { config, files } = load(root)
    expect(config.logo).toEqual({ text: 'from _config.icarus.yml' })
    expect(config.sidebar).toEqual({ left: { sticky: true }, right: { sticky: true } })
    expect(config.readingTime).toBe(false)
    expect(files).toEqual(
      ['_config.yml', 'themes/icarus/_config.yml', '_config.icarus.yml'].map((name) => path.join(root, name)),
    )
  })

  it('ranks the environment over site.yml over Hexo’s files over the defaults', () => {
    const root = folder({
      '_config.yml':
        'title: Hexo title\nauthor: hexo-author\nurl: https://hexo.example.com/blog\nindex_generator:\n  per_page: 3\n',
      'site.yml': 'title: Own title\nper_page: 7\n',
      'source/_posts/a.md': POST,
    })
    const { config } = load(root)
    expect(config).toMatchObject({
      title: 'Own title',
      author: 'hexo-author',
      url: 'https://hexo.example.com',
      root: '/blog',
    })
    // site.yml's per_page outranks Hexo's index_generator.per_page: precedence is by file, then by key.
    expect(config.perPage.home).toBe(7)
    const withEnv = load(root, { SITE_URL: 'https://env.example.org/', BASE_PATH: '/@env/' }).config
    expect(withEnv).toMatchObject({ title: 'Own title', url: 'https://env.example.org', root: '/@env' })
    expect(load(root, { BASE_PATH: '/' }).config.root).toBe('')
  })

  it('turns a source-system site (root /@account/, Icarus 2 config) into that account’s site with its old URLs', () => {
    const root = folder({
      '_config.yml': `
site_title: '@iguazi123'
title: '@iguazi123'
author: iguazi123
language: zh-CN
timezone:
url: http://steemblog.github.io
root: /@iguazi123/
permalink: :permlink/
per_page: 6
index_generator:
  per_page: 6
  order_by: position -date
archive_generator:
  per_page: 20
theme: icarus
`,
      '_config.theme.yml': `
version: 2.3.0
favicon: https://example.com/favicon.png
widgets:
    -
        type: profile
        position: left
        author: iguazi123
        author_title: '@iguazi123'
        avatar: https://steemitimages.com/u/iguazi123/avatar
        follow_link: 'http://steemit.com/@iguazi123'
        cache: true
    -
        type: category
        position: left
    -
        type: tagcloud
        position: left
    -
        type: tag
        position: left
    -
        type: toc
        position: right
    -
        type: archive
        position: right
plugins:
    back-to-top: false
`,
      'source/_posts/2020-03-28_7f2ija.md': POST,
    })
    const { config, warnings } = load(root)
    expect(warnings).toEqual([])
    expect(config).toMatchObject({
      title: '@iguazi123',
      root: '/@iguazi123',
      url: 'http://steemblog.github.io',
      language: 'zh-CN',
      uiLanguage: 'zh-CN',
      timezone: 'UTC',
      homeOrder: [
        { key: 'position', descending: false },
        { key: 'date', descending: true },
      ],
      perPage: { home: 6, archive: 20, tag: 6, category: 6 },
      favicon: 'https://example.com/favicon.png',
      readingAids: { backToTop: false, progressBar: true },
    })
    expect(config.widgets.map((widget) => widget.type)).toEqual([
      'profile',
      'categories',
      'tagcloud',
      'toc',
      'archives',
    ])
    expect(config.profile).toMatchObject({
      name: 'iguazi123',
      title: '@iguazi123',
      followLink: 'http://steemit.com/@iguazi123',
    })
    // Under the base path /@iguazi123, the old /@iguazi123/<permlink>/ is /<permlink>/.
    const post = {
      file: 'a.md',
      title: 'A',
      date: new Date(),
      categories: [],
      frontMatter: { permlink: '7f2ija' },
    } as unknown as Post
    expect(legacyPaths(post, config.legacyPermalinks, { timeZone: config.timezone, defaultCategory: 'x' })).toEqual([
      '/7f2ija/',
    ])
  })

  it('names a source-system site after its account when the profile gave no name', () => {
    const { config } = load(folder({ '_config.yml': 'title:\nauthor:\nroot: /@lin/\n', 'source/_posts/a.md': POST }))
    expect(config).toMatchObject({ title: '@lin', author: '@lin', root: '/@lin' })
  })
})

describe('site.yml', () => {
  const errorOf = (files: Record<string, string>): string => {
    const root = folder({ 'posts/a.md': POST, ...files })
    try {
      load(root)
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      return (error as Error).message.replace(root + path.sep, '')
    }
    throw new Error('no error')
  }

  it('stops at a wrong type, naming the file, the line and what is allowed', () => {
    expect(errorOf({ 'site.yml': 'title: T\nper_page: ten\n' })).toBe(
      'site.yml:2: per_page must be a whole number (0: all on one page), not "ten"',
    )
    expect(errorOf({ 'site.yml': 'future: yes\n' })).toBe('site.yml:1: future must be true or false, not "yes"')
  })

  it('stops at an unknown key, listing the keys allowed there', () => {
    const message = errorOf({ 'site.yml': 'title: T\ntitel: T\n' })
    expect(message).toMatch(
      /^site\.yml:2: unknown key "titel" \(allowed here: title, subtitle, description, author, language, /,
    )
    expect(errorOf({ 'site.yml': 'sidebar:\n  left:\n    stiky: true\n' })).toBe(
      'site.yml:3: unknown key "sidebar.left.stiky" (allowed here: sticky)',
    )
    // A Hexo key this site does not read is unknown in site.yml too.
    expect(errorOf({ 'site.yml': 'archive_generator:\n  per_page: 10\n  yearly: true\n' })).toBe(
      'site.yml:3: unknown key "archive_generator.yearly" (allowed here: per_page)',
    )
  })

  it('stops at a value outside the allowed ones, in a widget too', () => {
    expect(errorOf({ 'site.yml': 'widgets:\n  - type: profile\n    position: middle\n' })).toBe(
      'site.yml:3: widgets[0].position must be one of: left, right (not "middle")',
    )
    expect(errorOf({ 'site.yml': 'widgets:\n  - type: toc\n  - type: adsense\n' })).toBe(
      'site.yml:3: widgets[1].type must be one of: profile, toc, recent_posts, categories, tags, tagcloud, archives (not "adsense")',
    )
    expect(errorOf({ 'site.yml': 'widgets:\n  - type: toc\n    author: x\n' })).toBe(
      'site.yml:3: unknown key "widgets[0].author" (allowed here: type, position, depth)',
    )
    expect(errorOf({ 'site.yml': 'ui_language: fr\n' })).toBe(
      'site.yml:1: ui_language must be one of: en, zh-CN, zh-TW, ko, ja (not "fr")',
    )
    expect(errorOf({ 'site.yml': 'timezone: Mars/Olympus\n' })).toBe(
      'site.yml:1: timezone: "Mars/Olympus" is not a time zone (IANA names like Asia/Shanghai, America/New_York, UTC)',
    )
    expect(errorOf({ 'site.yml': 'date_format: MMMM Do YYYY\n' })).toMatch(
      /^site\.yml:1: date_format: the token "Do" is not supported \(supported: YYYY, YY, MMMM,/,
    )
  })

  it('names the file and line of a YAML error, in Hexo’s files too', () => {
    expect(errorOf({ 'site.yml': 'title: T\nmenu: [a,\nb: c\n' })).toMatch(/^site\.yml:3: invalid YAML: /)
    const root = folder({ '_config.yml': 'title: T\n  bad: indent\n', 'source/_posts/a.md': POST })
    expect(() => load(root)).toThrow(new RegExp(`^${path.join(root, '_config.yml')}:2: invalid YAML: `))
  })

  it('refuses two settings files', () => {
    expect(errorOf({ 'site.yml': 'title: A\n', 'site.yaml': 'title: B\n' })).toBe(
      'site.yml: both site.yml and site.yaml are here: keep one',
    )
  })

  it('maps every setting it documents', () => {
    const root = folder({
      'posts/a.md': POST,
      'img/me.png': 'png',
      'site.yml': `
title: Plain Blog
description: Notes
author: me
language: ko
timezone: Asia/Seoul
url: https://me.example.com
root: /notes/
permalink: [':year/:title/', 'old/:permlink/']
per_page: 5
index_generator:
  order_by: -updated
tag_generator:
  per_page: 0
date_format: YYYY.MM.DD ddd
category_map:
  생활: life
tag_map:
  여행: travel
default_category: misc
future: false
feed:
  type: [atom, rss2]
  path: [feed/atom.xml, rss.xml]
  limit: false
head:
  favicon: /img/me.png
widgets:
  - type: profile
    position: left
    avatar: img/me.png
  - type: toc
    position: right
    depth: 3
ui_language: en
replies:
  order: newest
  collapse_depth: 3
markdown:
  dialect: commonmark
  chain: hive
`,
    })
    const { config, assets, warnings } = load(root)
    expect(warnings).toEqual([])
    expect(config).toMatchObject({
      title: 'Plain Blog',
      language: 'ko',
      uiLanguage: 'en',
      root: '/notes',
      perPage: { home: 5, tag: 0, category: 5, archive: 5 },
      homeOrder: [{ key: 'updated', descending: true }],
      dateFormat: 'YYYY.MM.DD ddd',
      categoryMap: { 생활: 'life' },
      tagMap: { 여행: 'travel' },
      defaultCategory: 'misc',
      future: false,
      feed: { limit: 0, atomPaths: ['/feed/atom.xml'], rssPaths: ['/rss.xml'] },
      favicon: '/site-assets/img/me.png',
      profile: { name: 'me', avatar: '/site-assets/img/me.png' },
      toc: { minDepth: 2, maxDepth: 3 },
      legacyPermalinks: [':year/:title/', 'old/:permlink/'],
      replies: { order: 'newest', collapseDepth: 3, collapseAfter: 10 },
      markdown: { dialect: 'commonmark', chain: 'hive' },
    })
    expect([...assets]).toEqual([['/site-assets/img/me.png', path.join(root, 'img/me.png')]])
  })
})

describe('Hexo’s files', () => {
  const warningsOf = (files: Record<string, string>) => {
    const root = folder({ 'source/_posts/a.md': POST, ...files })
    return load(root).warnings.map((line) => line.replace(root + path.sep, ''))
  }

  it('ignore keys this site does not read, and warn about values it reads but cannot use', () => {
    const warnings = warningsOf({
      '_config.yml':
        'title: T\nper_page: ten\ntimezone: Nowhere/Land\nhighlight:\n  enable: true\ndate_format: Do MMM\ntheme: icarus\n',
      '_config.icarus.yml':
        'widgets:\n  - type: profile\n    position: middle\n  - type: links\n  - type: adsense\nsidebar: left\n',
    })
    expect(warnings).toEqual([
      '_config.yml:2: per_page must be a whole number (0: all on one page), not "ten"',
      '_config.yml:3: timezone: "Nowhere/Land" is not a time zone (IANA names like Asia/Shanghai, America/New_York, UTC)',
      expect.stringMatching(/^_config\.yml:6: date_format: the token "Do" is not supported/),
      '_config.icarus.yml:3: widgets[0].position must be one of: left, right (not "middle")',
      '_config.icarus.yml:1: widgets: "links", "adsense" are not widgets this site has (it has: profile, toc, recent_posts, categories, tags, tagcloud, archives); left out',
      '_config.icarus.yml:6: sidebar must be a mapping, not "left"',
    ])
  })

  it('leave a value that cannot be used to the next layer down', () => {
    const root = folder({ 'source/_posts/a.md': POST, '_config.yml': 'per_page: ten\ntimezone: Nowhere/Land\n' })
    expect(load(root).config).toMatchObject({ timezone: 'UTC', perPage: { home: 10 } })
  })

  it('report a missing avatar, favicon or logo instead of showing a broken image', () => {
    const root = folder({
      'source/_posts/a.md': POST,
      'source/img/avatar.png': 'png',
      'public/img/logo.svg': '<svg/>',
      '_config.yml': 'theme: icarus\n',
      '_config.icarus.yml':
        'logo: /img/logo.svg\nhead:\n  favicon: /img/favicon.svg\nwidgets:\n  - type: profile\n    avatar: /img/gone.png\n',
    })
    const { config, warnings, assets } = load(root)
    expect(config.logo).toEqual({ image: '/site-assets/img/logo.svg' })
    expect(config.favicon).toBeUndefined()
    expect(config.profile.avatar).toBeUndefined()
    expect(warnings.map((line) => line.replace(root + path.sep, ''))).toEqual([
      expect.stringMatching(
        /^_config\.icarus\.yml:3: head\.favicon: \/img\/favicon\.svg is not in .*source\/, .*public\/.* \(the site keeps its own icon\)$/,
      ),
      expect.stringMatching(
        /^_config\.icarus\.yml:6: widgets\[0\]\.avatar: \/img\/gone\.png is not in .* \(the profile shows the initial instead\)$/,
      ),
    ])
    expect([...assets.keys()]).toEqual(['/site-assets/img/logo.svg'])
    // A path cannot climb out of the folders it is looked for in.
    const escape = folder({
      'source/_posts/a.md': POST,
      '_config.yml': 'theme: icarus\n',
      '_config.icarus.yml': 'logo: ../../../etc/passwd\n',
    })
    expect(load(escape).config.logo).toBeUndefined()
  })

  it('warn once about a language the interface does not speak, and keep it for the page', () => {
    const root = folder({ 'source/_posts/a.md': POST, '_config.yml': 'language: fr\n' })
    const { config, warnings } = load(root)
    expect(config).toMatchObject({ language: 'fr', uiLanguage: 'en' })
    expect(warnings.map((line) => line.replace(root + path.sep, ''))).toEqual([
      '_config.yml:1: language: the interface has no words in "fr" yet, so it speaks English (it speaks en, zh-CN, zh-TW, ko, ja)',
    ])
  })
})
