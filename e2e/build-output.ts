import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Files under `dir` that mention a draft (titles, tags, categories, slugs of the fixture drafts). */
export function draftTraces(dir: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (name === 'cache') continue
      if (statSync(file).isDirectory()) walk(file)
      else if (/\.(html|rsc|body|json|xml|txt|meta)$/.test(name)) {
        const text = readFileSync(file, 'utf8')
        for (const marker of [
          'SHOULD NOT APPEAR',
          'draft-only-tag',
          'secret-category',
          'draft-post',
          'unpublished-post',
        ]) {
          if (text.includes(marker)) found.push(`${file}: ${marker}`)
        }
      }
    }
  }
  walk(dir)
  return found
}
