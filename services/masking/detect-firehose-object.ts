// Firehose names every object it writes to S3 `<stream>-<version>-YYYY-MM-DD-HH-MM-SS-<uuid>`
// (a failed record's under its error output prefix too): the delivery stream's name, read as one
// word with the date, would reach the model in every key an `s3 ls` or an error record prints.
import type { MatchSink } from './detect-sink.js'
import { tokenEndAt } from './token-match.js'

/** The date and the random UUID after `<stream>-<version>-`, from the year on. */
const OBJECT_TAIL = /[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z-])/y
/** A delivery stream's name: 1 to 64 of `[A-Za-z0-9_.-]`. */
const NAME_MAX = 64
const VERSION_MAX = 6

function isStreamChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46
}

/** Chars that may stand before an object's name: a key's `/`, a blank, a quote, the line's start. */
function opensObjectName (c: number): boolean {
  return c === 47 || c === 32 || c === 9 || c === 10 || c === 34 || c === 39 || c === -1
}

/** At a 4-digit word after `-` (a year): masks the stream's name of a Firehose object name; -1 always (the scan goes on). */
export function handleFirehoseObject (text: string, i: number, sink: MatchSink): number {
  OBJECT_TAIL.lastIndex = i
  if (!OBJECT_TAIL.test(text)) return -1
  let v = i - 1 // the `-` before the year
  while (v > 0 && i - 1 - v < VERSION_MAX && text.charCodeAt(v - 1) >= 48 && text.charCodeAt(v - 1) <= 57) v--
  if (v === i - 1 || v < 2 || text.charCodeAt(v - 1) !== 45) return -1
  const end = v - 1
  let start = end
  while (start > 0 && end - start < NAME_MAX && isStreamChar(text.charCodeAt(start - 1))) start--
  if (start === end || !opensObjectName(start > 0 ? text.charCodeAt(start - 1) : -1)) return -1
  if (tokenEndAt(text, start) > 0 || !/[A-Za-z]/.test(text.slice(start, end))) return -1 // masked already (a token's literal text is the scan's)
  if (start >= sink.lastEnd) sink.push(start, end, 'kinesis_stream')
  else (sink.deferred ??= []).push({ start, end, kind: 'kinesis_stream' })
  return -1
}
