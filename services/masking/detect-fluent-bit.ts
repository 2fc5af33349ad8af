// Fluent Bit's classic config gives an output's password as a key, blanks and the value, no `=`
// nor `:` (`HTTP_Passwd  x` in its opensearch and es outputs, `http_passwd x` in loki, splunk,
// influxdb and http): the value to the end of its line is the secret, the user beside it stays.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** The blanks and the value after `Passwd`, alone to the end of its line (not `${HTTP_PASSWD}`, an env reference). */
const PASSWD_VALUE = /[ \t]{1,64}([^\s'"$][^\s]{0,255})[ \t]*(?=\r?\n|$)/yd
/** What stands before `Passwd` on its line: indentation and `http_` (any case). */
const HTTP_BEFORE = /(?:^|\n)[ \t]{0,64}[Hh][Tt][Tt][Pp]_$/
/** Enough of the line before `Passwd` for HTTP_BEFORE (64 blanks and `http_`). */
const BEFORE_MAX = 70

/** At the word `Passwd` (after `_`, before a blank): masks the value a Fluent Bit output gives it; its end, or -1. */
export function handleFluentBitPasswd (text: string, i: number, sink: MatchSink): number {
  if (!HTTP_BEFORE.test(text.slice(Math.max(0, i - BEFORE_MAX), i))) return -1
  return pushCapture(PASSWD_VALUE, text, i + 6, 'connection_secret', sink)
}
