/**
 * The Hexo site with hexo-theme-icarus 6, the theme the source blogs used,
 * configured like a synced Steem blog (e2e/hexo-site/_config.icarus.yml):
 * profile, recent posts and archives on the left; categories, tags and the
 * TOC on the right (the corpus's posts, like the sync tool's, set their own
 * `widgets: [toc]` with a sticky right sidebar); highlight, reading time,
 * Insight search. Measured by hexo.ts like the minimal site.
 *
 * Installed from npm (`hexo-theme-icarus`), not cloned into themes/. Hexo 8
 * looks for a theme in <site>/themes/<name>, then in
 * <site>/node_modules/hexo-theme-<name> — a plain path join, not a Node module
 * resolution, so NODE_PATH does not help. The site therefore gets a
 * `node_modules -> ../node_modules` symlink onto .bench-tools/node_modules.
 * Through it Hexo also finds its plugins (it resolves them from the site), and
 * the theme's own scripts resolve inferno, bulma-stylus etc. from where they
 * live. npm nests a hexo 7 under the theme and hexo-component-inferno (both
 * ask for hexo ^7): Icarus's startup check of its dependencies finds that
 * copy, and hexo-component-inferno reads model field names from it; the site
 * itself runs hexo 8 from .bench-tools/node_modules/hexo.
 *
 * It runs as a user's `hexo generate` does, NODE_ENV unset (Inferno says it
 * is "in development mode").
 *
 * Offline: no comment, share, donate or analytics plugins; the CDN
 * (jsDelivr, Google Fonts, Font Awesome) only appears as URLs in the HTML.
 * Insight search stays: it is local (one /content.json of every post's text
 * written at build time), the source blogs had it, and our build writes a
 * search index too.
 */
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { HexoTheme } from './hexo'
import { installedVersion } from './tools'

/** The theme and the two renderers Icarus's install guide adds to the site (JSX layouts, Stylus CSS). */
const ICARUS_PACKAGES = ['hexo-theme-icarus@6', 'hexo-renderer-inferno', 'hexo-renderer-stylus']

/** `version` must be the theme's current config version, or Icarus "migrates" (rewrites) the file. */
const ICARUS_CONFIG = `version: 5.1.0
variant: default
logo:
  text: Steem Archive
head:
  favicon: /img/favicon.svg
  rss: /atom.xml
navbar:
  menu:
    Home: /
    Archives: /archives
    Categories: /categories
    Tags: /tags
  links:
    Steemit:
      icon: fas fa-book
      url: https://steemit.com/@demo-author
footer:
  links:
    Steemit:
      icon: fas fa-book
      url: https://steemit.com/@demo-author
article:
  highlight:
    theme: atom-one-light
    clipboard: true
    fold: unfolded
  readtime: true
  licenses:
    CC BY-NC-SA 4.0: https://creativecommons.org/licenses/by-nc-sa/4.0/
search:
  type: insight
  index_pages: true
sidebar:
  left:
    sticky: false
  right:
    sticky: true
widgets:
  - position: left
    type: profile
    author: demo-author
    author_title: Steem blog
    location: Earth
    avatar: /img/avatar.png
    avatar_rounded: true
    follow_link: https://steemit.com/@demo-author
    social_links:
      Steemit:
        icon: fas fa-book
        url: https://steemit.com/@demo-author
      RSS:
        icon: fas fa-rss
        url: /atom.xml
  - position: left
    type: recent_posts
  - position: left
    type: archives
  - position: right
    type: categories
  - position: right
    type: tags
    order_by: name
    show_count: true
  - position: right
    type: toc
    index: true
    collapsed: true
    depth: 3
plugins:
  animejs: true
  back_to_top: true
  progressbar: false
providers:
  cdn: jsdelivr
  fontcdn: google
  iconcdn: fontawesome
`

export const ICARUS_THEME: HexoTheme = {
  dir: 'hexo-icarus',
  name: 'icarus',
  packages: ICARUS_PACKAGES,
  write(site) {
    writeFileSync(path.join(site, '_config.icarus.yml'), ICARUS_CONFIG)
    symlinkSync(path.join('..', 'node_modules'), path.join(site, 'node_modules'), 'dir')
  },
  describe: (root) =>
    `hexo-theme-icarus ${installedVersion(root, 'hexo-theme-icarus') ?? '?'}` +
    ` (hexo-renderer-inferno ${installedVersion(root, 'hexo-renderer-inferno') ?? '?'})`,
}
