import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface ArchivePost {
  file: string
  permlink: string
  text: string
}

/**
 * Every post file of a prepared content folder with its permlink, read from
 * the files themselves (the sync tool writes `permlink:` in every post), so a
 * test counts what is there instead of trusting a number.
 */
export function archivePosts(contentDir: string): ArchivePost[] {
  const postsDir = path.join(contentDir, '_posts')
  return readdirSync(postsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      const text = readFileSync(file, 'utf8')
      const permlink = /^permlink: (.+)$/m.exec(text)?.[1]
      if (!permlink) throw new Error(`${file}: no permlink in its front matter`)
      return { file, permlink, text }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}
