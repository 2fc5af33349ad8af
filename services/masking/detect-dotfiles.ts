// Credentials files an engineer pastes whole: `~/.netrc` (`machine h login u password p`, one line
// or one entry per line; CodeCommit's Git credentials, a CodeArtifact token for pip or Maven) and
// `~/.pgpass` (`host:port:database:user:password`). Neither names its password with a separator,
// so the file's own layout says what the value is: any value there is the secret, whatever its shape.
import type { MatchSink } from './detect-sink.js'

/** How far back a netrc entry's opening is looked for before `password`. */
const NETRC_WINDOW = 320
/**
 * A netrc entry before `password`: a line opening with `machine <host>` (a dotted name or localhost) or `default login`, its other
 * tokens on that line, then at most two `login` / `account` lines (one token per line layout).
 */
const NETRC_BEFORE = /(?:^|\n)[ \t]*(?:machine[ \t]+(?:[^\s.]{1,253}\.[^\s]{1,253}|localhost)|default(?=[ \t]+login[ \t]))(?:[ \t]+[^\s]+){0,6}(?:[ \t]*\r?\n[ \t]*(?:login|account)[ \t]+[^\s]+){0,2}[ \t\r\n]+$/
/** The password: quoted, or bare to the next blank (a CodeArtifact token is ~1,000 chars). */
const NETRC_VALUE = /[ \t]+(?:"([^"\r\n]{1,4096})"|([^\s"]{1,4096}))/y
/** A token's shape (`CONNECTION_SECRET_1`): a user's literal of it is no password. */
const TOKEN_SHAPE = /^[A-Z][A-Z0-9_]*_[1-9][0-9]*$/

/** `password` spans text[i, j) in a netrc entry: masks its value; returns the value's end, or -1. */
export function handleNetrcPassword (text: string, i: number, j: number, sink: MatchSink): number {
  if (i === 0 || !NETRC_BEFORE.test(text.slice(Math.max(0, i - NETRC_WINDOW), i))) return -1
  NETRC_VALUE.lastIndex = j
  const m = NETRC_VALUE.exec(text)
  if (m === null) return -1
  const value = m[1] ?? m[2]
  if (TOKEN_SHAPE.test(value)) return -1
  const end = NETRC_VALUE.lastIndex - (m[1] === undefined ? 0 : 1)
  sink.push(end - value.length, end, 'connection_secret')
  return NETRC_VALUE.lastIndex
}

/** A host name or address: what opens a pgpass line (`*` aside, read as no host). */
const HOST_MAX = 253
/** After the host: `:port:database:user:` (`*` wildcards, `\:` escapes), then the password to the line's end. */
const PGPASS_REST = /:(?:[0-9]{1,5}|\*):(?:[^:\s\\]|\\.){1,63}:(?:[^:\s\\]|\\.){1,63}:((?:[^\s\\]|\\.)(?:[^\r\n\\]|\\.){0,1023})(?=\r?\n|$)/y

function isHostChar (c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46
}

/**
 * `i` starts a line: the password of a pgpass line there is masked (deferred: the scan reads the
 * host as usual); nothing is consumed (returns -1). The host must hold a letter or a dot, so a
 * time (`12:30:45:…`) opens no pgpass line.
 */
export function handlePgpassLine (text: string, i: number, sink: MatchSink): number {
  let end = i
  let named = false
  const limit = Math.min(text.length, i + HOST_MAX + 1)
  for (let c = text.charCodeAt(end); end < limit && isHostChar(c); c = text.charCodeAt(++end)) named ||= c === 46 || c > 57
  if (text.charCodeAt(end) !== 58 || !named) return -1
  PGPASS_REST.lastIndex = end
  const m = PGPASS_REST.exec(text)
  if (m === null || TOKEN_SHAPE.test(m[1])) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  deferred.push({ start: PGPASS_REST.lastIndex - m[1].length, end: PGPASS_REST.lastIndex, kind: 'connection_secret' })
  return -1
}
