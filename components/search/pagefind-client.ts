/** One search result, as the site shows it. */
export interface SearchHit {
  url: string
  title: string
  /** ISO date and the date as the site writes it. */
  date?: string
  day?: string
  categories?: string
  /** Pagefind's escaped text with `<mark>`s: render through `excerptParts`, never as HTML. */
  excerpt: string
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>
  init(): Promise<void>
  search(query: string): Promise<{ results: PagefindResult[] } | null>
}

let loading: Promise<Pagefind> | undefined

/**
 * Pagefind's search script, fetched the first time a reader searches (never
 * with the page): it then fetches only the index chunks a query needs.
 */
function loadPagefind(scriptUrl: string): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ scriptUrl) as Promise<Pagefind>).then(async (pagefind) => {
    // Result URLs exactly as indexed (no base path): <Link> adds it.
    await pagefind.options({ baseUrl: '/' })
    await pagefind.init()
    return pagefind
  })
  // A failed load (offline) is tried again on the next query.
  loading.catch(() => (loading = undefined))
  return loading
}

/** The first `limit` results for a query, best first, and how many there are in all. */
export async function searchArchive(
  scriptUrl: string,
  query: string,
  limit: number,
): Promise<{ total: number; hits: SearchHit[] }> {
  const pagefind = await loadPagefind(scriptUrl)
  const response = await pagefind.search(query)
  const results = response?.results ?? []
  const hits = await Promise.all(
    results.slice(0, limit).map(async (result) => {
      const { url, excerpt, meta } = await result.data()
      return { url, excerpt, title: meta.title ?? url, date: meta.date, day: meta.day, categories: meta.categories }
    }),
  )
  return { total: results.length, hits }
}
