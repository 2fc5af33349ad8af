// What the detector does to its list of matches once the scan is over: merging the matches found
// ahead of the scan, widening starts glued to an escape, keeping `.fifo` suffixes readable.
import type { Match } from './types.js'
import { HEX, cls } from './detect-shapes.js'
import { encodedSlashBefore } from './token-match.js'

/**
 * A FIFO queue's or topic's name must end in `.fifo` (AWS's rule, not the customer's choice): the
 * name before it is masked, the suffix stays readable (`SQS_QUEUE_1.fifo`), wherever the name
 * stands (ARN, queue URL, field, prose), so one token stands for one name.
 */
export function fifoSuffixesKept (text: string, list: Match[]): Match[] {
  for (let n = 0; n < list.length; n++) {
    const m = list[n]
    if ((m.kind === 'sqs_queue' || m.kind === 'sns_topic') && m.end - m.start > 5 && text.endsWith('.fifo', m.end)) list[n] = { ...m, end: m.end - 5 }
  }
  return list
}

/** The scan's matches and those found ahead of it, in order; where two overlap, the earlier stays. */
export function mergeDeferred (list: Match[], deferred: Match[]): Match[] {
  const all = [...list, ...deferred].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Match[] = []
  for (const m of all) if (out.length === 0 || m.start >= out[out.length - 1].end) out.push(m)
  return out
}

/**
 * A token reads back only at a boundary: no ASCII letter or digit before it, except after an
 * escape (`\n`, `\u0022`: escapes.ts) or an encoded slash (unmask.ts). A match glued to `%22`,
 * `%3D`, ... takes the escape's two digits, so its token stands at a boundary and restores.
 */
export function gluedStarts (text: string, list: Match[]): void {
  for (let n = 0; n < list.length; n++) {
    const m = list[n]
    const s = m.start
    if (s < 2 || cls(text.charCodeAt(s - 1)) === 0 || HEX[text.charCodeAt(s - 1)] !== 1) continue
    if (text.charCodeAt(s - 3) !== 37 || HEX[text.charCodeAt(s - 2)] !== 1 || encodedSlashBefore(text, s) !== 0) continue
    const to = s - 2
    if (n === 0 || list[n - 1].end <= to) list[n] = { ...m, start: to }
  }
}
