// An account id glued after a region by a dot: IVS playback paths write
// `/api/video/v1/us-west-2.123456789012.channel.<id>.m3u8`. The account reader skips digits
// after a `.` (the fraction of a decimal), and `2.123456789012` looks like one; a region before
// the dot says it is no number.
import type { MatchSink } from './detect-sink.js'

/** `us-west-2`, `eu-central-1`, `us-gov-west-1` ending just before the dot. */
const REGION_BEFORE = /(?<![A-Za-z0-9-])[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]{4,9}-[1-9]$/

/** At 12 digits text[i, j) with a `.` before them: masks them when a region precedes; their end, or -1. */
export function handleRegionDottedAccount (text: string, i: number, j: number, sink: MatchSink): number {
  if (j < text.length && text.charCodeAt(j) === 46 && (text.charCodeAt(j + 1) ^ 48) < 10) return -1 // `1.123456789012.5`: a number
  if (!REGION_BEFORE.test(text.slice(Math.max(0, i - 20), i - 1))) return -1
  sink.push(i, j, 'account_id')
  return j
}
