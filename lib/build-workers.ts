import { availableParallelism } from 'node:os'

/**
 * How many processes render pages during `next build`. Next's default is one
 * per core less one, for the main process; but while pages are generated the
 * main process only waits, so on a two-core machine (a hosted build, a small
 * VPS, this project's CI) the default leaves a core idle for the longest part
 * of the build. Each worker holds the posts in memory, so bigger machines keep
 * Next's default. `BUILD_WORKERS` overrides both.
 */
export function staticGenerationWorkers(
  env: Partial<Record<string, string>> = process.env,
  cores = availableParallelism(),
): number {
  const set = env.BUILD_WORKERS?.trim()
  if (set) {
    const workers = Number(set)
    if (!Number.isInteger(workers) || workers < 1)
      throw new Error(`BUILD_WORKERS must be a whole number of at least 1, got "${env.BUILD_WORKERS}"`)
    return workers
  }
  return cores <= 2 ? cores : cores - 1
}

/** For next.config.ts: a bad `BUILD_WORKERS` ends the build with one line, as a bad setting does (lib/config). */
export function staticGenerationWorkersOrExit(): number {
  try {
    return staticGenerationWorkers()
  } catch (error) {
    console.error(`\nConfig error: ${(error as Error).message}\n`)
    process.exit(1)
  }
}
