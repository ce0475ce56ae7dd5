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
  return runtimeContent(contentDirSetting).filter(insideProject)
}

/**
 * Whether the content (or a settings file or image) lies outside the project,
 * as with `CONTENT_DIR=~/blog`. The tracer refuses such a glob (the build
 * failed with a Turbopack internal error), so it is left out: `next start`
 * reads the content where it is, but a host that deploys only the project
 * (Vercel) has no content to render a post on request from.
 */
export function contentOutsideProject(contentDirSetting = process.env.CONTENT_DIR || 'content'): boolean {
  return !runtimeContent(contentDirSetting).every(insideProject)
}

function runtimeContent(contentDirSetting: string): string[] {
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

function insideProject(glob: string): boolean {
  return glob !== '..' && !glob.startsWith('../') && !path.isAbsolute(glob)
}
