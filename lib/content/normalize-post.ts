import path from 'node:path'
import { ContentError } from './content-error'
import type { FileWarning } from './content-report'
import { dateFromFileName, parseDate } from './dates'
import { lineOfKey, splitFrontMatter, type SplitSource } from './front-matter'
import type { Post } from './post'
import { imageUrl, languageTag, quote, type Checked } from './post-values'
import { postSegment, toUrlSegment } from '../url-segment'
import { firstHeadingText } from '../markdown/first-heading'

export interface SourceFile {
  /** Path for messages (relative to the working directory). */
  file: string
  text: string
  modified: Date
}

/**
 * Turns one Hexo source file into a `Post`, reading front matter as Hexo does.
 * What was recovered or dropped on the way (the sync tool's YAML quirks, an
 * image URL that is not one) is added to `warnings`, each with its line.
 */
export function normalizePost(source: SourceFile, timeZone: string, warnings: FileWarning[] = []): Post {
  const split = splitFrontMatter(source.text, source.file)
  const fm = split.data
  const fileName = path.basename(source.file)
  const baseName = fileName.replace(/\.md$/i, '')
  const field = new FieldReader(source.file, split)
  for (const repair of split.repairs) {
    warnings.push({ line: repair.line, problem: `${repair.key} read as ${quote(repair.value)} (the sync tool's unquoted or misquoted YAML)` })
  }
  const checked = <T>(key: string, result: Checked<T>): T | undefined => {
    if (result.problem === undefined) return result.value
    warnings.push({ line: lineOfKey(split, key), problem: `${key} dropped, ${result.problem}` })
    return undefined
  }
  const imageKey = fm.thumbnail !== undefined && fm.thumbnail !== null ? 'thumbnail' : 'cover'

  const date =
    field.date('date', timeZone) ?? dateFromFileName(fileName, timeZone) ?? source.modified
  const permlink = field.text('permlink')
  const slugKey = field.text('slug')

  return {
    file: source.file,
    ...urlSegments(permlink ?? slugKey ?? baseName, permlink ? slugKey : undefined),
    permlink,
    title:
      field.text('title') ??
      firstHeadingText(split.body) ??
      baseName.replace(/^\d{4}-\d{2}-\d{2}[_-]/, ''),
    date,
    // Falls back to `date`, not the file's mtime, so a fresh clone builds the same site.
    updated: field.date('updated', timeZone) ?? date,
    categories: categoryPaths(fm.categories ?? fm.category),
    tags: tagNames(fm.tags ?? fm.tag),
    thumbnail: checked(imageKey, imageUrl(fm[imageKey])),
    toc: Boolean(fm.toc ?? fm.catalog ?? false),
    tocNumbered: Boolean(fm.toc_nav_num ?? false),
    sidebar: fm.sidebar,
    widgets: fm.widgets,
    sticky: stickiness(fm.sticky),
    draft: fm.draft === true || fm.published === false,
    lang: checked('lang', languageTag(fm.lang)),
    frontMatter: fm,
    body: split.body,
  }
}

/**
 * The post's URL segment (url-segment.ts: the permlink as written), and the
 * other forms of it a reader may have followed, which redirect to it: the
 * name as written when it had to change (`My Post` → `my-post`), the segment
 * earlier versions of this site made (they merged `--`), and a `slug` the
 * post has beside its permlink.
 */
function urlSegments(name: string, otherName: string | undefined): Pick<Post, 'slug' | 'aliases'> {
  const slug = postSegment(name)
  const forms = [name.normalize('NFC'), toUrlSegment(name)]
  if (otherName) forms.push(otherName.normalize('NFC'), postSegment(otherName))
  // A form that cannot be one path segment (`a/b`, `50%`, `a?b`) or that a host would mangle is left out.
  const usable = (form: string) =>
    form !== slug && form !== '' && form.trim() === form && !/[/\\%?#\p{Cc}]/u.test(form) && !/^\.\.?$/.test(form)
  return { slug, aliases: [...new Set(forms)].filter(usable) }
}

/** Reads typed values from front matter; a wrong type is an error on the key's line. */
class FieldReader {
  constructor(
    private readonly file: string,
    private readonly source: SplitSource,
  ) {}

  text(key: string): string | undefined {
    const value = this.source.data[key]
    if (value === undefined || value === null || value === '') return undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined
    throw this.error(key, `\`${key}\` must be text, not ${describe(value)}`)
  }

  date(key: string, timeZone: string): Date | undefined {
    const value = this.source.data[key]
    if (value === undefined || value === null || value === '') return undefined
    const date = parseDate(value, timeZone)
    if (date) return date
    throw this.error(key, `\`${key}\` is not a date: ${JSON.stringify(value)} (write YYYY-MM-DD HH:mm:ss)`)
  }

  private error(key: string, problem: string): ContentError {
    return new ContentError(this.file, lineOfKey(this.source, key), problem)
  }
}

/**
 * Hexo: a flat list is ONE path (parent → child); a list containing lists is
 * several paths, where a bare item is a path of its own; a scalar is one
 * category.
 */
export function categoryPaths(value: unknown): string[][] {
  if (value === undefined || value === null) return []
  const items = Array.isArray(value) ? value : [value]
  const paths = items.some(Array.isArray)
    ? items.map((item) => names(Array.isArray(item) ? item : [item]))
    : [names(items)]
  return dedupeBy(
    paths.filter((p) => p.length > 0),
    (p) => p.join('\u0000').toLowerCase(),
  )
}

/** A list or a scalar; nested lists are flattened, repeats dropped. */
export function tagNames(value: unknown): string[] {
  if (value === undefined || value === null) return []
  const items = Array.isArray(value) ? value.flat(Infinity) : [value]
  return dedupeBy(names(items), (name) => name.toLowerCase())
}

function names(items: unknown[]): string[] {
  return items
    .filter((item) => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim())
    .filter(Boolean)
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function stickiness(value: unknown): number {
  if (value === true) return 1
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : 0
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a mapping' : typeof value
}
