import { searchDocument, type SearchablePost } from './search-document'

/** Pagefind's own ready-made search UIs: the site has its own (components/search), so they are not served. */
const PAGEFIND_UI_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\./

export interface SearchIndexFile {
  /** Relative to the index folder: `pagefind.js`, `index/zh_….pf_index`, … */
  path: string
  content: Uint8Array
}

/**
 * Runs Pagefind over the posts and returns its files in memory: the search
 * script, its WebAssembly, and a chunked index (a query fetches only the
 * chunks its words fall in, then one fragment per result shown).
 */
export async function buildSearchIndex(posts: readonly SearchablePost[], language: string): Promise<SearchIndexFile[]> {
  // ESM-only, and it runs its own binary: loaded (unbundled, see next.config) only when an index is built.
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({
    // One index for every post, whatever its `lang`: a reader searches the whole archive.
    forceLanguage: language,
    // The page-only controls the renderer adds (lib/markdown): not content.
    excludeSelectors: ['.heading-anchor', '.copy-code'],
  })
  if (!index) throw new Error(`search index: ${errors.join('; ')}`)
  try {
    for (const post of posts) {
      const added = await index.addHTMLFile({ url: post.url, content: searchDocument(post) })
      if (added.errors.length) throw new Error(`search index: ${post.post.file}: ${added.errors.join('; ')}`)
    }
    const { files, errors: fileErrors } = await index.getFiles()
    if (fileErrors.length) throw new Error(`search index: ${fileErrors.join('; ')}`)
    return files
      .filter((file) => !PAGEFIND_UI_FILE.test(file.path))
      .map((file) => ({ path: file.path, content: file.content }))
  } finally {
    await pagefind.close()
  }
}
