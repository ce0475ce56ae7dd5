/** Running child processes: wall time and peak memory of the whole process tree. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export interface RunResult {
  code: number | null
  wallMs: number
  /** Peak of the summed VmRSS of the process and all its descendants, sampled every 200 ms. */
  peakTreeRssMb: number
  /** Largest single-process max RSS as reported by GNU time (getrusage), when /usr/bin/time exists. */
  gnuTimeMaxRssMb?: number
  /** CPU seconds (user + sys) of the process tree, from /proc sampling. */
  cpuS: number
  /** Busy CPU seconds of the whole machine during the run (from /proc/stat). */
  machineBusyS: number
  /** Last lines of stdout/stderr, for error messages. */
  tail: string
}

const GNU_TIME = '/usr/bin/time'

interface ProcInfo {
  ppid: number
  /** utime + stime, clock ticks. */
  cpuTicks: number
}

/** Parent pid and CPU time of every process, read from /proc/<pid>/stat. */
function processTable(): Map<number, ProcInfo> {
  const table = new Map<number, ProcInfo>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // Field 2 (comm) may contain spaces: count fields after the closing paren (field 3 = state).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(name), { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) })
    } catch {
      // The process exited while we looked.
    }
  }
  return table
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/** `root` and its descendants right now, with their CPU ticks. */
function tree(root: number): Map<number, number> {
  const table = processTable()
  const children = new Map<number, number[]>()
  for (const [pid, info] of table) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid])
  const found = new Map<number, number>()
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    found.set(pid, table.get(pid)?.cpuTicks ?? 0)
    stack.push(...(children.get(pid) ?? []))
  }
  return found
}

/**
 * Samples the tree every `intervalMs` until stopped: the peak of its summed
 * RSS (MB), and its CPU seconds (each process's last seen utime + stime, so
 * a process that lived less than one interval is missed).
 */
export function startRssSampler(pid: number, intervalMs = 200): { stop: () => { peakMb: number; cpuS: number } } {
  let peak = 0
  const cpu = new Map<number, number>()
  const sample = () => {
    let total = 0
    for (const [p, ticks] of tree(pid)) {
      total += rssKb(p)
      cpu.set(p, Math.max(cpu.get(p) ?? 0, ticks))
    }
    peak = Math.max(peak, total)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      const ticks = [...cpu.values()].reduce((a, b) => a + b, 0)
      return { peakMb: Math.round(peak / 1024), cpuS: Number((ticks / 100).toFixed(1)) }
    },
  }
}

export interface RunOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Echo the child's output to our stderr as it comes. */
  echo?: boolean
  timeoutMs?: number
}

/** Runs a command to completion, measuring wall time and peak tree RSS. */
export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const useGnuTime = existsSync(GNU_TIME)
  const timeFile = path.join('/tmp', `bench-time-${process.pid}-${Date.now()}.txt`)
  const [cmd, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args]
  const busyBefore = machineBusySeconds()
  const started = performance.now()
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const sampler = startRssSampler(child.pid!)
  let tail = ''
  const collect = (chunk: Buffer) => {
    if (options.echo) process.stderr.write(chunk)
    tail = (tail + chunk.toString()).slice(-4000)
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const timer = options.timeoutMs
    ? setTimeout(() => {
        tail += `\n[bench] timed out after ${options.timeoutMs} ms, killing`
        killTree(child)
      }, options.timeoutMs)
    : undefined
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  clearTimeout(timer)
  const wallMs = performance.now() - started
  const sampled = sampler.stop()
  const peakTreeRssMb = sampled.peakMb
  const cpuS = sampled.cpuS
  const machineBusyS = Number((machineBusySeconds() - busyBefore).toFixed(1))
  let gnuTimeMaxRssMb: number | undefined
  if (useGnuTime && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop())
    if (Number.isFinite(kb)) gnuTimeMaxRssMb = Math.round(kb / 1024)
  }
  rmSync(timeFile, { force: true })
  return { code, wallMs, peakTreeRssMb, gnuTimeMaxRssMb, cpuS, machineBusyS, tail }
}

/** Kills a detached child and everything in its process group. */
export function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** Busy (non-idle, non-iowait) CPU seconds of the machine since boot, all cores summed. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number)
  return (user + nice + system + irq + softirq + steal) / 100
}
