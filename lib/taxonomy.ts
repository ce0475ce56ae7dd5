import type { Post } from './content/post'
import { assignSegments, nameKey } from './url-segment'

/** A tag or a category: its display name, its URL segment, its posts (newest first). */
export interface TaxonomyTerm {
  name: string
  segment: string
  posts: Post[]
}

export interface CategoryNode extends TaxonomyTerm {
  /** URL segments from the root to this category. */
  path: string[]
  parent?: CategoryNode
  children: CategoryNode[]
  /** Posts filed directly here, without those of child categories. */
  ownPosts: Post[]
}

/** Hexo's `tag_map` / `category_map` (name → URL name), keyed as names are grouped. */
function segmentNames(map: Readonly<Record<string, string>>): (key: string) => string | undefined {
  const byKey = new Map(Object.entries(map).map(([name, segment]) => [nameKey(name), segment]))
  return (key) => byKey.get(key)
}

/**
 * Tags across all posts. Names that differ only in case are one tag, shown
 * with the spelling most posts use; `tagMap` gives a tag its URL name.
 */
export function buildTags(posts: readonly Post[], tagMap: Readonly<Record<string, string>> = {}): TaxonomyTerm[] {
  const groups = new Map<string, { spellings: string[]; posts: Post[] }>()
  for (const post of posts) {
    for (const name of post.tags) {
      const key = nameKey(name)
      const group = groups.get(key) ?? { spellings: [], posts: [] }
      group.spellings.push(name)
      group.posts.push(post)
      groups.set(key, group)
    }
  }
  const segments = assignSegments(groups.keys(), segmentNames(tagMap))
  return [...groups].map(([key, group]) => ({
    name: mostCommon(group.spellings),
    segment: segments.get(key)!,
    posts: group.posts,
  }))
}

/**
 * The category tree. As in Hexo, a category lists its own posts and those of
 * its descendants, and `categoryMap` gives a category its URL name.
 */
export function buildCategories(
  posts: readonly Post[],
  categoryMap: Readonly<Record<string, string>> = {},
): CategoryNode[] {
  const mapped = segmentNames(categoryMap)
  const root: CategoryNode = { name: '', segment: '', path: [], children: [], posts: [], ownPosts: [] }
  const spellings = new Map<CategoryNode, string[]>()
  const keys = new Map<CategoryNode, Map<string, CategoryNode>>()

  for (const post of posts) {
    for (const names of post.categories) {
      let node = root
      for (const name of names) {
        const children = keys.get(node) ?? new Map<string, CategoryNode>()
        keys.set(node, children)
        let child = children.get(nameKey(name))
        if (!child) {
          child = {
            name,
            segment: '',
            path: [],
            parent: node === root ? undefined : node,
            children: [],
            posts: [],
            ownPosts: [],
          }
          children.set(nameKey(name), child)
          node.children.push(child)
        }
        spellings.set(child, [...(spellings.get(child) ?? []), name])
        if (!child.posts.includes(post)) child.posts.push(post)
        node = child
      }
      if (!node.ownPosts.includes(post)) node.ownPosts.push(post)
    }
  }

  const finish = (node: CategoryNode, children: Map<string, CategoryNode> | undefined) => {
    const segments = assignSegments(children?.keys() ?? [], mapped)
    for (const [key, child] of children ?? []) {
      child.name = mostCommon(spellings.get(child)!)
      child.segment = segments.get(key)!
      child.path = [...node.path, child.segment]
      child.posts.sort(newestFirst)
      finish(child, keys.get(child))
    }
    node.children.sort((a, b) => a.name.localeCompare(b.name))
  }
  finish(root, keys.get(root))
  return root.children
}

/** Every node of a category tree, parents before children. */
export function flattenCategories(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flattenCategories(node.children)])
}

function newestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime()
}

function mostCommon(spellings: string[]): string {
  const counts = new Map<string, number>()
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
}
