// An EventBridge replay named in parentheses after `started`, with `replay` earlier on its line:
// `replay from archive orders-bus-archive started (orders-2026-12-01-outage)`, as ChatOps bots
// and engineers report it. Only a name-shaped word (a digit, `-`, `_` or `.`) in the brackets:
// `started (see the runbook)` stays.
import { indexWithin, type MatchSink } from './detect-sink.js'
import { isNameCandidate } from './detect-prose.js'

/** `(name)` or `` (`name`) ``: a replay's name (EventBridge allows 64 of `[.\-_A-Za-z0-9]`). */
const NAME_IN_BRACKETS = /\(`?([A-Za-z0-9][A-Za-z0-9._-]{0,63})`?\)/dy
/** How far back on the line `replay` is looked for. */
const WINDOW = 160

/** At `started` (text[i, j), a blank before and after it, `(` next): masks the replay's name; -1 when none. */
export function handleReplayStarted (text: string, i: number, j: number, sink: MatchSink): number {
  let s = i
  while (s > 0 && i - s < WINDOW && text.charCodeAt(s - 1) !== 10) s--
  if (indexWithin(text, 'eplay', s, i) < 0) return -1 // `Replay`, `replay`
  NAME_IN_BRACKETS.lastIndex = j + 1
  const m = NAME_IN_BRACKETS.exec(text)
  const span = m?.indices?.[1]
  if (m === null || span === undefined || !/[-_.0-9]/.test(m[1]) || !isNameCandidate(m[1])) return -1
  sink.push(span[0], span[1], 'resource_name')
  return span[1]
}
