// A queue named bare in prose after `into` / `to` (`redrive from there back into fw-pricing-events`),
// where English stands as often (`split into multi-account-setups`): the name is masked when the
// text names its dead-letter queue nearby (`fw-pricing-events-dlq`, `_dlq`, `-deadletter`), the
// convention that ties the two; read as an SQS queue, as the DLQ is.
import { indexWithin, type MatchSink } from './detect-sink.js'

/** The bare name after the word: lower case, digits, `-` / `_`, ending where prose goes on. */
const NAME = /[ \t]{1,4}([a-z][a-z0-9]{0,40}(?:[-_][a-z0-9]{1,40}){1,8})(?=[\s.,;:!?)'"`]|$)/yd
/** How far around the name its DLQ is looked for (both ways). */
const AROUND = 512
const DLQ_SUFFIXES = ['-dlq', '_dlq', '-deadletter', '-dead-letter', '-DLQ']

/** At `into` / `to` (text[i, j)): masks the queue named after it when its DLQ is named nearby; its end, or -1. */
export function handleRedriveTarget (text: string, j: number, sink: MatchSink): number {
  NAME.lastIndex = j
  const m = NAME.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined) return -1
  const name = m[1]
  const from = Math.max(0, span[0] - AROUND)
  const end = Math.min(text.length, span[1] + AROUND)
  for (const suffix of DLQ_SUFFIXES) {
    for (let at = indexWithin(text, name + suffix, from, end); at >= 0; at = indexWithin(text, name + suffix, at + 1, end)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 32
      if (!isNameChar(before)) { sink.push(span[0], span[1], 'sqs_queue'); return span[1] } // the whole DLQ name, not `x-fw-pricing-events-dlq`
    }
  }
  return -1
}

function isNameChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95
}
