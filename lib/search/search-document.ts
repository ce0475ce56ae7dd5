import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { isoDateTime } from '../content/dates'
import type { Post } from '../content/post'
import { formatSiteDate } from '../format-date'

/** What the search index holds for one post; `html` is the post's rendered (sanitized) body. */
export interface SearchablePost {
  post: Post
  url: string
  html: string
  categories: string[]
}

/**
 * Weights Pagefind gives a match here (body text is 1, its headings a little
 * more): a word in the title or a tag outranks the same word in the body.
 */
export const SEARCH_WEIGHTS = { title: 10, tags: 8 } as const

/**
 * A post as one HTML document for Pagefind: the title and tags as weighted
 * elements, the date and categories as result metadata (shown, not searched),
 * then the body. Built as a tree, so a title or tag is always text.
 */
export function searchDocument({ post, html, categories }: SearchablePost): string {
  const tree: Root = {
    type: 'root',
    children: [
      h('html', [
        h('body', [
          h('h1', { dataPagefindWeight: SEARCH_WEIGHTS.title, dataPagefindMeta: 'title' }, post.title),
          post.tags.length ? h('p', { dataPagefindWeight: SEARCH_WEIGHTS.tags }, post.tags.join(' · ')) : undefined,
          h('div', { dataPagefindIgnore: 'index' }, [
            h('time', { dataPagefindMeta: 'date' }, isoDateTime(post.date)),
            h('span', { dataPagefindMeta: 'day' }, formatSiteDate(post.date)),
            categories.length ? h('span', { dataPagefindMeta: 'categories' }, categories.join(', ')) : undefined,
          ]),
          h('div', [{ type: 'raw', value: html }]),
        ]),
      ]),
    ],
  }
  return `<!doctype html>${toHtml(tree, { allowDangerousHtml: true })}`
}
