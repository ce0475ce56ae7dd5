/**
 * Starts the test chain server with the demo account, for trying the sync
 * (or building the site from it) without network:
 *
 *   node --import tsx lib/sync/testing/serve.ts [steem|hive] [--many-replies N]
 *   npm run sync -- writer --node <printed URL> --out /tmp/demo/posts/writer
 *
 * Stops on Ctrl-C.
 */
import { parseArgs } from 'node:util'
import { startChainServer } from './chain-server'
import { DEMO_ACCOUNT, demoDataset } from './demo-dataset'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'many-replies': { type: 'string' } } })
const chain = positionals[0] === 'hive' ? 'hive' : 'steem'
const manyReplies = values['many-replies'] ? Number(values['many-replies']) : undefined

startChainServer(demoDataset(chain, { manyReplies })).then((server) => {
  process.stdout.write(`${chain} test node: ${server.url}\ntry: npm run sync -- ${DEMO_ACCOUNT} --chain ${chain} --node ${server.url}\n`)
  process.once('SIGINT', () => void server.stop())
})
