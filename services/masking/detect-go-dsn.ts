// Go's MySQL driver DSN (go-sql-driver/mysql): `user:password@tcp(host:3306)/db`, `@unix(/path)`,
// `@tcp6([::1]:3306)`. No scheme says it holds a password, so the `@` before the protocol does.
// As the driver parses it, the user ends at the first `:` and the password runs to the last `@`
// before the protocol: it may hold `@` and `:` itself.
import type { MatchSink } from './detect-sink.js'

/** How far back from the `@` the DSN's user may start. */
const DSN_BACK_MAX = 256

/** Is the word text[i, j) a protocol the driver knows, opened with `(`: `tcp(`, `tcp6(`, `unix(`? */
export function isGoDsnProtocol (text: string, i: number, j: number): boolean {
  const len = j - i
  if (text.charCodeAt(j) !== 40) return false
  return (len === 3 && text.startsWith('tcp', i)) || (len === 4 && (text.startsWith('tcp6', i) || text.startsWith('unix', i)))
}

/**
 * At the protocol word text[i, j) right after `@`: masks the password of the DSN that ends at the
 * `@` (its start is a quote, a blank, `=` or the line's start). A placeholder (`%s`, `${DB_PASS}`,
 * `<password>`) is no password. Returns -1 always: the host inside the parentheses is read as usual.
 */
export function handleGoDsn (text: string, i: number, sink: MatchSink): number {
  const at = i - 1
  let s = at
  while (s > 0 && at - s < DSN_BACK_MAX && !opensDsn(text.charCodeAt(s - 1))) s--
  if (s > 0 && !opensDsn(text.charCodeAt(s - 1))) return -1 // no start within reach: no DSN
  let colon = -1
  for (let k = s; k < at; k++) {
    if (text.charCodeAt(k) === 58) { colon = k; break }
  }
  if (colon < 0 || colon === s || colon + 1 === at) return -1 // no user or no password: `user@tcp(...)`
  const c = text.charCodeAt(colon + 1)
  if (c === 36 || c === 37 || c === 60 || c === 123 || text.startsWith('***', colon + 1)) return -1 // `$DB_PASS`, `%s`, `<password>`, `{{.Pass}}`, masked by a CI log
  sink.dropFrom(colon + 1) // a piece of it read as something else (`p@ss.example`): the whole is one secret
  sink.push(colon + 1, at, 'connection_secret')
  return -1
}

/** Chars that open a DSN: quotes (JSON's `\"` too), blanks, `=`, a line break. */
function opensDsn (c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 32 || c === 9 || c === 10 || c === 13 || c === 61 || c === 92
}
