// The one-pass detector. Every shape is an alternative of ONE combined regex, ordered most
// specific first; the regex engine finds the next position where anything can start, the
// alternative's handler validates it and emits fine-grained matches (ARN parts, host labels,
// field values). A handler that rejects lets the later alternatives try the same position.
import type { Detector, DetectContext, Match } from './types.js'
import { MatchSink } from './detect-sink.js'
import { ALTERNATIVES, type Alternative } from './detect-alternatives.js'
import { detectInField } from './detect-context.js'

const combined = new RegExp(ALTERNATIVES.map(a => `(${a.source})`).join('|'), 'g')

/** Sticky regexes of the alternatives after index k, for retrying a position after a reject. */
const fallbacks: Array<RegExp | null> = ALTERNATIVES.map((_, k) =>
  k + 1 < ALTERNATIVES.length
    ? new RegExp(ALTERNATIVES.slice(k + 1).map(a => `(${a.source})`).join('|'), 'y')
    : null)

function whichGroup (m: RegExpExecArray): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return g - 1
  return -1
}

/** Lets the matched alternative, then the later ones, handle a position until one accepts. */
function settle (text: string, m: RegExpExecArray, sink: MatchSink): number {
  let alt = whichGroup(m)
  let match: RegExpExecArray | null = m
  const start = m.index
  while (match !== null) {
    const handler: Alternative = ALTERNATIVES[alt]
    const next = handler.handle(text, start, start + match[0].length, sink)
    if (next >= 0) return Math.max(next, start + 1)
    const fallback = fallbacks[alt]
    if (fallback === null) break
    fallback.lastIndex = start
    match = fallback.exec(text)
    if (match !== null) alt = alt + 1 + whichGroup(match)
  }
  return start + 1
}

export function scan (text: string, sink: MatchSink, from = 0, to = text.length): void {
  const re = combined
  re.lastIndex = from
  for (;;) {
    const m = re.exec(text)
    if (m === null || m.index >= to) break
    re.lastIndex = settle(text, m, sink)
  }
}

export const detect: Detector = (text: string, context?: DetectContext): Match[] => {
  const sink = new MatchSink()
  if (context !== undefined && detectInField(text, context, sink)) return sink.list
  scan(text, sink)
  return sink.list
}
