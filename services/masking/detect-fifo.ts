// SQS FIFO queues (and SNS FIFO topics) must be named `<name>.fifo`: the suffix says what the name
// is wherever it stands (`created fw-shipping-events.fifo and fw-returns-events.fifo`). Read
// backwards from the `fifo` word, bounded by the longest queue name (80 chars).
import { isAlnum, type MatchSink } from './detect-sink.js'

const QUEUE_NAME_MAX = 80

/** `i` is the start of `fifo` right after a `.`; masks the name before it, `.fifo` included. */
export function handleFifoName (text: string, i: number, j: number, sink: MatchSink): number {
  if (isAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45 || text.charCodeAt(j) === 95) return -1 // `x.fifoqueue`
  if (text.charCodeAt(j) === 46 && isAlnum(text.charCodeAt(j + 1))) return -1 // `x.fifo.json`: a file
  const dot = i - 1
  let s = dot
  while (s > 0 && dot - s < QUEUE_NAME_MAX && isQueueChar(text.charCodeAt(s - 1))) s--
  if (s === dot || !isAlnum(text.charCodeAt(s))) return -1
  const before = s > 0 ? text.charCodeAt(s - 1) : -1
  // inside a path, URL, ARN, host or e-mail their own readers decide; `-`/`_` only when the 80 chars ran out
  if (before === 47 || before === 58 || before === 46 || before === 64 || before === 92 || before === 45 || before === 95) return -1
  if (!/[a-z]/i.test(text.slice(s, dot))) return -1
  sink.push(s, j, 'sqs_queue')
  return j
}

function isQueueChar (c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95
}
