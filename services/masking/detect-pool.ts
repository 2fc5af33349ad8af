// Detection of very long texts off the event loop. One giant string (a 5 MB paste) would hold
// the loop for the whole detector pass (~1 s here), stalling probes and every other request;
// worker threads run the same detector (a pure function of text and context), so the matches
// are the ones the inline pass finds. A worker that fails is replaced and its text detected
// inline: slower, never different.
import { Worker } from 'node:worker_threads'
import { detect } from './detector.js'
import type { DetectJob, DetectReply } from './detect-worker.js'
import type { DetectContext, Match } from './types.js'

export interface DetectPoolOptions {
  /** Worker threads (started on first use). */
  size: number
  /** Texts at least this long go to a worker; shorter ones are cheaper inline. */
  minChars: number
  /** Counts texts by where they were detected: worker, or inline after a worker failed. */
  onDetected?: (where: 'worker' | 'fallback') => void
  /** Starts one worker (tests give one that fails); default: detect-worker.ts. */
  startWorker?: () => Worker
}

export interface DetectPool {
  readonly minChars: number
  detect: (text: string, context?: DetectContext) => Promise<Match[]>
  close: () => Promise<void>
}

interface Pending { job: DetectJob, resolve: (matches: Match[]) => void }

export function createDetectPool ({ size, minChars, onDetected, startWorker = startDetectWorker }: DetectPoolOptions): DetectPool {
  const idle: Worker[] = []
  const busy = new Map<Worker, Pending>()
  const queue: Pending[] = []
  const retired = new WeakSet<Worker>()
  let started = 0
  let nextId = 0
  let closed = false

  const inline = (pending: Pending): void => {
    onDetected?.('fallback')
    pending.resolve(detect(pending.job.text, pending.job.context))
  }

  function spawn (): Worker {
    const worker = startWorker()
    worker.unref() // an idle pool never keeps the process alive (a busy one does: see pump)
    started++
    worker.on('message', (reply: DetectReply) => {
      const pending = busy.get(worker)
      busy.delete(worker)
      worker.unref()
      if (pending !== undefined) {
        if (reply.failed === true || reply.starts === undefined) inline(pending)
        else { onDetected?.('worker'); pending.resolve(decode(reply)) }
      }
      idle.push(worker)
      pump()
    })
    worker.on('error', () => retire(worker))
    worker.on('exit', () => retire(worker))
    return worker
  }

  function retire (worker: Worker): void {
    if (retired.has(worker)) return // 'error' is followed by 'exit'
    retired.add(worker)
    const pending = busy.get(worker)
    busy.delete(worker)
    const at = idle.indexOf(worker)
    if (at >= 0) idle.splice(at, 1)
    started--
    if (pending !== undefined) inline(pending)
  }

  function pump (): void {
    while (queue.length > 0 && !closed) {
      const worker = idle.pop() ?? (started < size ? spawn() : undefined)
      if (worker === undefined) return
      const pending = queue.shift() as Pending
      busy.set(worker, pending)
      worker.ref()
      worker.postMessage(pending.job)
    }
  }

  return {
    minChars,
    async detect (text, context) {
      if (closed || size <= 0) return detect(text, context)
      return await new Promise<Match[]>((resolve) => {
        queue.push({ job: { id: nextId++, text, context }, resolve })
        pump()
      })
    },
    async close () {
      closed = true
      for (const pending of queue.splice(0)) inline(pending)
      const workers = [...idle, ...busy.keys()]
      idle.length = 0
      await Promise.all(workers.map(async (worker) => await worker.terminate()))
    }
  }
}

function decode ({ starts, ends, kindOf, kinds }: DetectReply): Match[] {
  const matches = new Array<Match>((starts as Int32Array).length)
  for (let i = 0; i < matches.length; i++) {
    matches[i] = { start: (starts as Int32Array)[i], end: (ends as Int32Array)[i], kind: (kinds as string[])[(kindOf as Uint16Array)[i]] }
  }
  return matches
}

/**
 * Compiled (dist/*.js), the worker is plain JavaScript. From TypeScript sources (npm start, the
 * tests) a worker does not inherit the parent's loader hooks on Node 20, so a tiny bootstrap
 * registers tsx first.
 */
function startDetectWorker (): Worker {
  const entry = new URL(import.meta.url.endsWith('.ts') ? './detect-worker.ts' : './detect-worker.js', import.meta.url)
  if (entry.pathname.endsWith('.js')) return new Worker(entry)
  const bootstrap = 'const { workerData } = require("node:worker_threads");' +
    'import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry) })'
  return new Worker(bootstrap, { eval: true, workerData: { tsx: import.meta.resolve('tsx/esm/api'), entry: entry.href } })
}
