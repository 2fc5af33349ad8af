// Five groups of five letters and digits joined by dashes: a Snowball job's unlock code
// (`7c1a9-e3f5b-2d8a4-06c2e-9f1b7`, lower-case hex) and a Storage Gateway activation key
// (`7QK2M-9XB3L-M6P4F-ZT8NV-3DCW1`, upper case). Either unlocks a device or binds a gateway to an
// account; they are pasted bare (`snowballEdge configure`'s prompt, a curl's answer, chat).
import type { MatchSink } from './detect-sink.js'

const FIVE_BY_FIVE = /(?:[0-9a-f]{5}(?:-[0-9a-f]{5}){4}|[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})(?![A-Za-z0-9-])/y
/** A code mixes letters and digits (not `AAAAA-BBBBB-…` or a digit run cut in fives). */
const MIXED = /^(?=[^]*[0-9])(?=[^]*[A-Za-z])/

/** At a word text[i, i + 5) followed by `-`: masks the whole code; returns its end, or -1. */
export function handleUnlockCode (text: string, i: number, sink: MatchSink): number {
  if (i > 0 && text.charCodeAt(i - 1) === 45) return -1 // the tail of a longer dashed run
  FIVE_BY_FIVE.lastIndex = i
  const m = FIVE_BY_FIVE.exec(text)
  if (m === null || !MIXED.test(m[0])) return -1
  sink.push(i, i + m[0].length, 'api_key')
  return i + m[0].length
}
