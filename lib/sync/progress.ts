import type { SyncCounts, SyncEvents, SyncResult } from './sync-account'

/**
 * What the user sees. On a terminal: one progress line, redrawn in place
 * (at most ten times a second), warnings above it. Elsewhere (CI, a pipe):
 * plain lines, nothing redrawn: the listing, each post file written (a daily
 * run writes few), warnings; reply files only in the summary.
 */
export interface Output {
  write(text: string): void
}

export interface Console {
  stdout: Output
  stderr: Output
  /** Whether stderr is a terminal. */
  isTTY: boolean
}

export function progressReporter(io: Console, label: string): SyncEvents & { finish(): void } {
  let line = ''
  let drawnAt = 0
  let latest: SyncCounts | undefined
  const clear = () => {
    if (io.isTTY && line) io.stderr.write('\r\x1b[2K')
  }
  const draw = () => {
    if (!io.isTTY || !latest) return
    line = `${label}: ${describeProgress(latest)}`
    io.stderr.write(`\r\x1b[2K${line}`)
    drawnAt = Date.now()
  }
  return {
    progress(counts) {
      latest = counts
      if (Date.now() - drawnAt >= 100) draw()
    },
    listed(posts, reblogs) {
      if (!io.isTTY) io.stdout.write(`${label}: listed ${plural(posts, 'post')} (${plural(reblogs, 'reblog')} left out)\n`)
    },
    wrote(file, kind) {
      if (!io.isTTY && kind === 'post') io.stdout.write(`wrote ${file}\n`)
    },
    warn(message) {
      clear()
      io.stderr.write(`warning: ${message}\n`)
      draw()
    },
    finish() {
      clear()
      line = ''
    },
  }
}

function describeProgress(counts: SyncCounts): string {
  const parts = [
    `listed ${counts.listed}`,
    `fetched ${counts.fetched}`,
    `written ${counts.written}`,
    `unchanged ${counts.unchanged}`,
    `skipped ${counts.skipped + counts.reblogs}`,
  ]
  if (counts.trees.fetched > 0) parts.push(`replies ${counts.trees.fetched} trees`)
  return parts.join(' · ')
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** The one-line summary (and a second line naming posts the chain no longer has). */
export function describeResult(label: string, result: SyncResult, ms: number, replies: boolean): string {
  const posts = [
    `${result.listed} listed`,
    `${result.fetched} fetched`,
    `${result.written} written`,
    `${result.unchanged} unchanged`,
    `${result.skipped + result.reblogs} skipped (${plural(result.reblogs, 'reblog')}, ${result.skipped} deleted)`,
  ].join(', ')
  const trees = replies
    ? `; replies: ${plural(result.trees.fetched, 'tree')} fetched (${plural(result.trees.replies, 'reply', 'replies')}), ${result.trees.written} written`
    : ''
  let text = `${label}: ${posts}${trees} in ${(ms / 1000).toFixed(1)} s\n`
  if (result.gone.length > 0) {
    const names = result.gone.slice(0, 5).join(', ') + (result.gone.length > 5 ? ', …' : '')
    text += result.pruned > 0
      ? `${plural(result.gone.length, 'post')} no longer on the chain: ${plural(result.pruned, 'file')} deleted (--prune): ${names}\n`
      : `${plural(result.gone.length, 'post')} no longer on the chain, files kept (--prune deletes them): ${names}\n`
  }
  return text
}
