import { ConfigError } from './config-error'
import { formatPath, type Reporter } from './schema'
import type { ImageLookup } from './site-images'
import type { KeyPath, YamlFile } from './yaml-file'

/** Finds a configured image (site-images.ts); the reporter warns when it is missing. */
export type ImageFinder = (value: string) => ImageLookup

/** The file and line a key was written at. */
export interface Origin {
  file: string
  line?: number
}

/** The first of `sources` that writes `path` (or, failing that, its nearest parent): the one whose value won. */
export function originOf(sources: readonly { file: YamlFile; prefix?: KeyPath }[], path: KeyPath): Origin {
  for (let length = path.length; length >= 0; length--) {
    const part = path.slice(0, length)
    for (const { file, prefix = [] } of sources) {
      const line = file.lineOf([...prefix, ...part])
      if (line !== undefined) return { file: file.file, line }
    }
  }
  return { file: sources[0]?.file.file ?? '' }
}

function at({ file, line }: Origin): string {
  return `${file}${line ? `:${line}` : ''}`
}

/** What the reader sees instead of a missing image. */
const INSTEAD: Record<string, string> = {
  avatar: 'the profile shows the initial instead',
  favicon: 'the site keeps its own icon',
  logo: 'the title is shown instead',
}

/** A missing image is a warning in either mode: the page shows something else, never a broken image. */
function imageResolver(origin: (path: KeyPath) => Origin, warnings: string[], find: ImageFinder | undefined) {
  if (!find) return undefined
  return (value: string, path: KeyPath): string | undefined => {
    const found = find(value)
    if ('url' in found) return found.url
    const instead = INSTEAD[String(path.at(-1))] ?? 'it is left out'
    warnings.push(`${at(origin(path))}: ${formatPath(path)}: ${value} is not in ${found.missing} (${instead})`)
    return undefined
  }
}

/** Problems become warnings, each one line: `_config.yml:12: per_page must be …`. */
export function warningReporter(origin: (path: KeyPath) => Origin, warnings: string[], find?: ImageFinder): Reporter {
  return {
    strict: false,
    problem(path, message) {
      warnings.push(`${at(origin(path))}: ${message}`)
    },
    resolveImage: imageResolver(origin, warnings, find),
  }
}

/** The first problem ends the reading with a ConfigError naming the file and line. */
export function errorReporter(origin: (path: KeyPath) => Origin, warnings: string[], find?: ImageFinder): Reporter {
  return {
    strict: true,
    problem(path, message) {
      const { file, line } = origin(path)
      throw new ConfigError(file, line, message || formatPath(path))
    },
    resolveImage: imageResolver(origin, warnings, find),
  }
}
