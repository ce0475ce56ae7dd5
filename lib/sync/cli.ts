/**
 * The entry of `npm run sync` (`node --import tsx lib/sync/cli.ts`): plain
 * Node, no Next, nothing from the site's code. All logic is in main.ts.
 */
import { main } from './main'

const controller = new AbortController()
// First Ctrl-C: stop cleanly (state saved); a second one: leave at once.
process.once('SIGINT', () => {
  controller.abort()
  process.once('SIGINT', () => process.exit(130))
})

main(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) }, { signal: controller.signal })
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    process.stderr.write(`sync: ${(error as Error).message ?? String(error)}\n`)
    process.exitCode = 1
  })
