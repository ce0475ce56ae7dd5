/**
 * Child process of the bench's pipeline step: one size-ladder post through
 * the content pipeline (e2e/real-archive/pipeline.ts), after one small post
 * to load the highlighter, printing one JSON line. Run alone so its peak
 * memory is its own.
 *
 * Usage: node --import tsx e2e/bench/pipeline-child.ts <kind>
 */
import { throughPipeline } from '../real-archive/pipeline'
import { ladderPost, type LadderKind } from '../real-archive/size-ladder'

async function main(kind: LadderKind): Promise<void> {
  await throughPipeline({ file: 'warm-up.md', text: '## Warm up\n\n```js\nconst a = 1\n```\n' })
  const { ms, mb, secondsPerMb, rendered } = await throughPipeline(ladderPost(kind))
  console.log(JSON.stringify({ kind, mb, ms: Math.round(ms), secondsPerMb, headings: rendered.headings.length }))
}

void main(process.argv[2] as LadderKind)
