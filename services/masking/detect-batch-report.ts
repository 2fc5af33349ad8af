// An S3 Batch Operations completion report (`results/<id>.csv`) has no header row: each row is
// `bucket,key,version id,succeeded|failed,HTTP status,error code,message`. The bucket opens the
// row with nothing naming it; it is read by the row's shape. Matches go to the deferred list (the
// row is scanned as usual too).
import type { MatchSink } from './detect-sink.js'

/** A bucket name is 3-63 chars of `[a-z0-9.-]`. */
const BUCKET_MAX = 63
/** The rest of a report row after its bucket: key, version id (may be empty), task status, HTTP status. */
const ROW_REST = /,[^,\n]{1,1024},[^,\n]{0,1024},(?:succeeded|failed),[1-5][0-9]{2},/y

function isBucketChar (c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46
}

/** `i` starts a line: the bucket of a report row there is masked; nothing is consumed (returns -1). */
export function handleBatchReportRow (text: string, i: number, sink: MatchSink): number {
  let end = i
  const limit = Math.min(text.length, i + BUCKET_MAX + 1)
  while (end < limit && isBucketChar(text.charCodeAt(end))) end++
  if (text.charCodeAt(end) !== 44 || end - i < 3) return -1
  ROW_REST.lastIndex = end
  if (!ROW_REST.test(text)) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  deferred.push({ start: i, end, kind: 's3_bucket' })
  return -1
}
