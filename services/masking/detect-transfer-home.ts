// Transfer Family home directories: a user's `HomeDirectory` (`/<bucket>/<prefix>`), the `Target`
// of its `HomeDirectoryMappings` (`{"Entry": "/", "Target": "/<bucket>/<prefix>"}`), the server's
// structured logs' `home-dir`, the CLI's `--home-directory`. The first segment is the S3 bucket
// (or the EFS file system's id, masked by its own shape); the prefix after it stays.
import type { MatchSink } from './detect-sink.js'
import { wholeIdKind } from './detect-ids.js'

/**
 * After the key: its separator (`": "`, `: `, `=`, a blank, JSON-escaped quotes too), the
 * leading `/`, and the bucket (3-63 of `[a-z0-9.-]`), ended by `/`, a quote or a blank.
 */
const HOME_BUCKET = /\\?"?(?:[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4})\\?"?\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?=[/"\\'\s,]|$)/yd
/** The `Entry` of the same mapping up to its `Target` (its opening quote, a YAML list item's next line): `Entry": "/", "`. */
const ENTRY_TO_TARGET = /Entry\\?"?[ \t]{0,4}[:=][ \t]{0,4}\\?"?\/[^"\\\s]{0,256}\\?"?[ \t]{0,4}[,;]?[ \t\r\n]{0,8}\\?"?/y
/** How far before `Target` its mapping's `Entry` may start. */
const ENTRY_WINDOW = 300

/** Does the `Entry` of a home directory mapping stand right before the `Target` at `i`? */
function entryBefore (text: string, i: number): boolean {
  const from = Math.max(0, i - ENTRY_WINDOW)
  const e = text.slice(from, i).lastIndexOf('Entry') // a bounded window, not the text before it
  if (e < 0) return false
  ENTRY_TO_TARGET.lastIndex = from + e
  return ENTRY_TO_TARGET.test(text) && ENTRY_TO_TARGET.lastIndex === i
}

/**
 * At a word text[i, j) that may be a home directory's key (`HomeDirectory`, `homeDirectory`, `home`
 * of `home-dir` / `--home-directory` / `home_directory`, `Target` after an `Entry`): masks the
 * bucket its path opens with; returns where scanning goes on, or -1.
 */
export function handleTransferHome (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  let keyEnd = -1
  if (len === 13 && (text.startsWith('HomeDirectory', i) || text.startsWith('homeDirectory', i))) keyEnd = j
  else if (len === 4 && text.startsWith('home', i)) {
    if (text.startsWith('-directory', j) || text.startsWith('_directory', j)) keyEnd = j + 10
    else if (text.startsWith('-dir', j)) keyEnd = j + 4
  } else if (len === 6 && text.startsWith('Target', i) && entryBefore(text, i)) keyEnd = j
  if (keyEnd < 0) return -1
  if (text.charCodeAt(keyEnd) === 34 && text.charCodeAt(i - 1) !== 34) return -1 // a quote after the key must close one before it
  HOME_BUCKET.lastIndex = keyEnd
  const span = HOME_BUCKET.exec(text)?.indices?.[1]
  if (span === undefined || wholeIdKind(text.slice(span[0], span[1])) !== null) return -1 // an EFS home (`/fs-0abc…/home`): the id's own reader
  sink.push(span[0], span[1], 's3_bucket')
  return span[1]
}
