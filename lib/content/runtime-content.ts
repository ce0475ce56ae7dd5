import path from 'node:path'
import { siteAssets } from '../config'
import { locateContent } from '../config/locate'

/**
 * The files a server reads when it renders a post on its first request
 * (PRERENDER_POSTS), as globs relative to the project, for next.config.ts's
 * `outputFileTracingIncludes`: Vercel copies only traced files into a
 * function, and the content is read through paths the tracer is told to
 * ignore (content-dir.ts). They are the content folder (posts, pages,
 * conversations), the settings files beside it or in the Hexo site root, the
 * images the settings name (whether one exists decides the sidebar's avatar),
 * and the project's `public/`, where such images are looked up first.
 */
export function runtimeContentGlobs(contentDirSetting = process.env.CONTENT_DIR || 'content'): string[] {
  const { contentDir, settingsDir } = locateContent(contentDirSetting)
  const settings = relative(settingsDir)
  return [
    `${relative(contentDir)}/**`,
    `${settings}/*.yml`,
    `${settings}/*.yaml`,
    `${settings}/themes/*/_config.yml`,
    ...[...siteAssets.values()].map(relative),
    'public/**',
  ]
}

/** A path as the tracer takes it: relative to the project, with forward slashes. */
function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || '.'
}
