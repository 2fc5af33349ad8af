// Worker side of the detect pool: runs the detector on one text at a time and sends the matches
// back as transferable arrays (a 5 MB text holds ~90,000 matches: cloning objects would cost more).
import { parentPort } from 'node:worker_threads'
import { detect } from './detector.js'
import type { DetectContext } from './types.js'

export interface DetectJob { id: number, text: string, context?: DetectContext }
export interface DetectReply { id: number, starts?: Int32Array, ends?: Int32Array, kindOf?: Uint16Array, kinds?: string[], failed?: boolean }

parentPort?.on('message', ({ id, text, context }: DetectJob) => {
  let reply: DetectReply
  try {
    const matches = detect(text, context)
    const starts = new Int32Array(matches.length)
    const ends = new Int32Array(matches.length)
    const kindOf = new Uint16Array(matches.length)
    const kinds: string[] = []
    const kindIndex = new Map<string, number>()
    for (let i = 0; i < matches.length; i++) {
      const { start, end, kind } = matches[i]
      let k = kindIndex.get(kind)
      if (k === undefined) { k = kinds.push(kind) - 1; kindIndex.set(kind, k) }
      starts[i] = start
      ends[i] = end
      kindOf[i] = k
    }
    reply = { id, starts, ends, kindOf, kinds }
    parentPort?.postMessage(reply, [starts.buffer, ends.buffer, kindOf.buffer])
  } catch {
    reply = { id, failed: true } // no message: it could quote the text
    parentPort?.postMessage(reply)
  }
})
