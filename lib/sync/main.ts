import { StateError } from './sync-state'
import { USAGE, UsageError, parseCli } from './cli-options'
import { describeResult, progressReporter, type Console } from './progress'
import { ChainAnswerError, NodesFailedError, SyncAborted } from './rpc-client'
import { SyncInputError, syncAccount, type SyncOptions } from './sync-account'

/**
 * `npm run sync`: parses the command line, runs the sync, prints the summary.
 * Returns the exit code: 0 done, 1 failed, 2 bad command line, 130 interrupted.
 * Every failure is one line on stderr, never a stack trace (SYNC_DEBUG=1
 * adds it for an unexpected error).
 */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: Console,
  extra: { signal?: AbortSignal; client?: SyncOptions['client'] } = {},
): Promise<number> {
  let command
  try {
    command = parseCli(argv, env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`sync: ${error.message}\n${USAGE.split('\n')[0]}\n`)
    return 2
  }
  if (command.help) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  const options = command.options
  const label = `@${options.account} on ${options.chain}`
  const reporter = progressReporter(io, label)
  const started = Date.now()
  try {
    const result = await syncAccount({ ...options, events: reporter, signal: extra.signal, client: { ...options.client, ...extra.client } })
    reporter.finish()
    io.stdout.write(describeResult(label, result, Date.now() - started, options.replies !== false))
    return 0
  } catch (error) {
    reporter.finish()
    if (error instanceof SyncAborted) {
      io.stderr.write('sync: interrupted; what was written is kept, run again to resume\n')
      return 130
    }
    const known = [SyncInputError, NodesFailedError, StateError, ChainAnswerError].some((type) => error instanceof type)
    io.stderr.write(`sync: ${(error as Error).message ?? String(error)}\n`)
    if (!known && env.SYNC_DEBUG) io.stderr.write(`${(error as Error).stack}\n`)
    return 1
  }
}
