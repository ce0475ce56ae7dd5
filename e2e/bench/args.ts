/** Command-line flags of `npm run bench -- …`. */
export interface BenchOptions {
  posts: number
  seed?: number
  hexo: boolean
  lighthouse: boolean
  lighthouseRuns: number
  skipBuild: boolean
  /** Only the cold build (the warm one doubles the time for big corpora). */
  coldOnly: boolean
  /** Leave the app's render cache on (it writes to .next/cache, see config.ts). */
  renderCache: boolean
  /** Only the Hexo measurement (no Next build or server). */
  hexoOnly: boolean
  /** The content pipeline alone over the size ladder (seconds per MB and memory per kind). */
  pipeline: boolean
  /** Only that: no corpus build, server or Hexo. */
  pipelineOnly: boolean
  /** PRERENDER_POSTS for the build and server: only the newest K posts prerendered; the first requests of long-tail posts are timed. */
  prerender?: number
  /** CPU-profile every process of the cold build (slower: read the breakdown, not the wall time). */
  profile: boolean
  /** autocannon duration, seconds. */
  duration: number
  connections: number
}

const USAGE = `usage: npm run bench -- [--posts N] [--hexo] [--lighthouse] [--lighthouse-runs N] [--skip-build] [--cold-only] [--no-render-cache] [--hexo-only] [--pipeline] [--pipeline-only] [--prerender K] [--profile] [--duration S] [--connections C] [--seed S]`

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    posts: 1000,
    hexo: false,
    lighthouse: false,
    lighthouseRuns: 1,
    skipBuild: false,
    coldOnly: false,
    renderCache: true,
    hexoOnly: false,
    pipeline: false,
    pipelineOnly: false,
    profile: false,
    duration: 10,
    connections: 32,
  }
  const number = (flag: string, value: string | undefined, min: number) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}\n${USAGE}`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    switch (flag) {
      case '--posts':
        options.posts = number(flag, value(), 1)
        break
      case '--seed':
        options.seed = number(flag, value(), 0)
        break
      case '--hexo':
        options.hexo = true
        break
      case '--lighthouse':
        options.lighthouse = true
        break
      case '--lighthouse-runs':
        options.lighthouseRuns = number(flag, value(), 1)
        break
      case '--skip-build':
        options.skipBuild = true
        break
      case '--cold-only':
        options.coldOnly = true
        break
      case '--no-render-cache':
        options.renderCache = false
        break
      case '--hexo-only':
        options.hexoOnly = options.hexo = true
        break
      case '--pipeline':
        options.pipeline = true
        break
      case '--pipeline-only':
        options.pipelineOnly = options.pipeline = true
        break
      case '--profile':
        options.profile = true
        break
      case '--prerender':
        options.prerender = number(flag, value(), 0)
        break
      case '--duration':
        options.duration = number(flag, value(), 1)
        break
      case '--connections':
        options.connections = number(flag, value(), 1)
        break
      case '--help':
      case '-h':
        console.log(USAGE)
        process.exit(0)
        break
      default:
        throw new Error(`unknown flag ${argv[i]}\n${USAGE}`)
    }
  }
  return options
}
