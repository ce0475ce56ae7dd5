/**
 * What the chain returns about a post, reduced to the fields the sync uses.
 * Objects come in two shapes (research §2): condenser objects (`json_metadata`
 * a JSON string, `last_update`) and bridge objects (`json_metadata` an object,
 * `updated`, no `parent_author` at depth 0). Everything here accepts both and
 * treats every field as possibly missing or of the wrong type: nodes differ.
 */

/** A post as the writer needs it (`condenser_api.get_content`). */
export interface ChainPost {
  author: string
  permlink: string
  title: string
  body: string
  /** UTC, `YYYY-MM-DDTHH:MM:SS`. */
  created: string
  category: string
  json_metadata: unknown
}

/** A post as a listing page shows it: enough to decide whether to fetch it. */
export interface ListedPost {
  author: string
  permlink: string
  /** `last_update` (condenser) or `updated` (bridge). */
  lastUpdate: string
  /** Replies at any depth below the post (steemd counts grandchildren too). */
  children: number
  /** A reply, not a top-level post. */
  isComment: boolean
}

export type ChainObject = Record<string, unknown>

export const isObject = (value: unknown): value is ChainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const CHAIN_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})/

/** A chain time as `YYYY-MM-DDTHH:MM:SS` (nodes add `Z` or fractions now and then), or undefined. */
export function chainTime(value: unknown): string | undefined {
  const match = typeof value === 'string' ? CHAIN_TIME.exec(value) : null
  return match ? `${match[1]}T${match[2]}` : undefined
}

export function toInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined
}

export function listedPost(object: ChainObject): ListedPost {
  const depth = toInteger(object.depth)
  return {
    author: text(object.author),
    permlink: text(object.permlink),
    lastUpdate: chainTime(object.last_update) ?? chainTime(object.updated) ?? '',
    children: toInteger(object.children) ?? 0,
    isComment: text(object.parent_author) !== '' || (depth !== undefined && depth > 0),
  }
}

/** The post a `get_content` answer describes, or undefined when it says the post is gone (empty author). */
export function chainPost(object: unknown): ChainPost | undefined {
  if (!isObject(object) || text(object.author) === '' || text(object.permlink) === '') return undefined
  const created = chainTime(object.created)
  if (!created) return undefined
  return {
    author: text(object.author),
    permlink: text(object.permlink),
    title: text(object.title),
    body: text(object.body),
    created,
    category: text(object.category),
    json_metadata: object.json_metadata,
  }
}

/** `json_metadata` as an object: parsed when it is a string, `{}` when it is missing or not JSON. */
export function jsonMetadata(value: unknown): ChainObject {
  if (isObject(value)) return value
  if (typeof value !== 'string' || value.trim() === '') return {}
  try {
    const parsed: unknown = JSON.parse(value)
    return isObject(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

/**
 * The post's tags, as the source system took them (`json_metadata.tags`, in
 * order). Where it crashed or went wrong we read what a writer meant: a
 * string is a space-separated list (the source split it into characters),
 * non-strings are written as text, blanks are dropped, and a post without
 * tags falls back to its chain category (the source crashed on those).
 */
export function postTags(post: Pick<ChainPost, 'json_metadata' | 'category'>): string[] {
  const raw = jsonMetadata(post.json_metadata).tags
  const list = typeof raw === 'string' ? raw.split(/[\s,]+/) : Array.isArray(raw) ? raw : []
  const tags = list
    .filter((tag) => typeof tag === 'string' || typeof tag === 'number' || typeof tag === 'boolean')
    .map((tag) => String(tag).trim())
    .filter((tag) => tag !== '')
  if (tags.length > 0) return tags
  const category = post.category.trim()
  return category === '' || category === 'undefined' ? [] : [category]
}
