// PgBouncer's auth file (`userlist.txt`): a line per user, `"user" "password"`, the password in
// clear, or a SCRAM / md5 hash. Two quoted words on a line are common in anything, so the line
// counts only where the text shows an auth file: its name or `auth_file` nearby, or a hash in the
// same shape of line.
import type { MatchSink } from './detect-sink.js'

/** `"user" "password"` alone on its line: the password captured (an escaped `""` quote aside). */
const USERLIST_LINE = /"[^"\s]{1,64}"[ \t]{1,8}"([^"\r\n]{1,256})"[ \t]*(?=\r?\n|$)/yd

/** How far around the line the auth file's signs are looked for. */
const CONTEXT = 2048

/** A SCRAM or md5 hash, as PgBouncer stores it (detect-password-hash.ts masks it). */
const HASH = /^(?:SCRAM-SHA-256\$|md5[0-9a-f]{32}$)/

const SIGNS = ['userlist', 'auth_file', '" "SCRAM-SHA-256$', '" "md5']

/** At a line's opening `"` (text[q]): masks a userlist line's password; its end, or -1. */
export function handleUserlistLine (text: string, q: number, sink: MatchSink): number {
  USERLIST_LINE.lastIndex = q
  const span = USERLIST_LINE.exec(text)?.indices?.[1]
  if (span === undefined || HASH.test(text.slice(span[0], span[1]))) return -1 // a hash: its own reader keeps the scheme readable
  const around = text.slice(Math.max(0, q - CONTEXT), Math.min(text.length, q + CONTEXT))
  if (!SIGNS.some(sign => around.includes(sign))) return -1
  sink.push(span[0], span[1], 'connection_secret')
  return span[1] + 1
}
