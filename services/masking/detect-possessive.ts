// A name that owns a resource: `looked at invoice-renderer's role`, `` `orders-api`'s queue ``. The
// noun after `'s` names what is owned, not the owner, but a resource noun there says the owner is a
// resource too (a function, a service). Only a word shaped as a name, as after `<noun> is`:
// English compounds (`the co-founder's`, `the follow-up's`) stay.
import type { MatchSink } from './detect-sink.js'
import { NOUN_WORD_SOURCE, isNameCandidate } from './detect-prose.js'
import { nounKind } from './prose-noun-kind.js'
import { isNameChar } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'
import { isNameAfterCopula } from './prose-name-shape.js'

const NOUN_AT = new RegExp(`[ \\t]{1,4}(?:${NOUN_WORD_SOURCE})`, 'y')
const NAME_MAX = 64

/** `i` is at the `s` of `'s` (or `’s`) with a blank after it: masks the name before it when a resource noun follows; -1 always (the scan goes on). */
export function handlePossessive (text: string, i: number, sink: MatchSink): number {
  NOUN_AT.lastIndex = i + 1
  if (!NOUN_AT.test(text)) return -1
  const nounStart = i + 1 + countBlanks(text, i + 1)
  if (nounKind(text, nounStart, text.slice(nounStart, NOUN_AT.lastIndex)) === null) return -1
  let end = i - 1
  const quoted = text.charCodeAt(end - 1) === 96 // `` `x`'s ``
  if (quoted) end--
  let start = end
  while (start > 0 && end - start < NAME_MAX && isNameChar(text.charCodeAt(start - 1))) start--
  if (start === end || (quoted && text.charCodeAt(start - 1) !== 96)) return -1
  const b = start - (quoted ? 1 : 0) > 0 ? text.charCodeAt(start - (quoted ? 2 : 1)) : 32
  if (b !== 32 && b !== 9 && b !== 10 && b !== 40) return -1
  const name = text.slice(start, end)
  if (!isNameCandidate(name) || wholeIdKind(name) !== null || (!quoted && !isNameAfterCopula(name))) return -1
  if (start >= sink.lastEnd) sink.push(start, end, 'resource_name')
  else (sink.deferred ??= []).push({ start, end, kind: 'resource_name' }) // the scan's match there, if any, stays (mergeDeferred)
  return -1
}

function countBlanks (text: string, p: number): number {
  let n = 0
  while (text.charCodeAt(p + n) === 32 || text.charCodeAt(p + n) === 9) n++
  return n
}
