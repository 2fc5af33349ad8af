// Password hashes are secrets too (an offline attack reads the password back from a weak one):
// OpenSearch's internal_users.yml `hash: "$2y$12$…"` (bcrypt), /etc/shadow's `$6$salt$…`, an
// Argon2 or yescrypt string, PostgreSQL's `SCRAM-SHA-256$4096:salt$stored:server` and `md5<32 hex>`
// (pgbouncer's userlist.txt, `pg_authid`), Django's `pbkdf2_sha256$<iterations>$salt$hash`. The
// scheme and its cost stay readable (`$2y$12$`, `SCRAM-SHA-256$4096:`); the salt and hash are masked
// as one value. Only full hash shapes are read: `SCRAM-SHA-512` (a Kafka SASL mechanism) stays.
import type { MatchSink } from './detect-sink.js'

/** After `$`, by the scheme's first char: bcrypt (`2a`/`2b`/`2x`/`2y`, cost, 53 chars), sha/md5-crypt (`1`, `5`, `6`, rounds), yescrypt (`y`, `gy`, `7`), Argon2. */
const BCRYPT = /2[abxy]\$\d\d\$([./A-Za-z0-9]{53})(?![./A-Za-z0-9$])/yd
const SHA_CRYPT = /[156]\$(?:rounds=\d{1,9}\$)?([./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86})(?![./A-Za-z0-9$])/yd
const YESCRYPT = /(?:y|gy|7)\$([./A-Za-z0-9]{1,32}\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{43})(?![./A-Za-z0-9$])/yd
const ARGON2 = /argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,9},t=\d{1,4},p=\d{1,4}\$([A-Za-z0-9+/]{8,64}\$[A-Za-z0-9+/]{16,128})(?![A-Za-z0-9+/=$])/yd
/** PostgreSQL's SCRAM verifier after its scheme and iterations: `salt$StoredKey:ServerKey`, base64. */
const SCRAM = /SCRAM-SHA-256\$\d{1,7}:([A-Za-z0-9+/]{8,64}={0,2}\$[A-Za-z0-9+/]{20,64}={0,2}:[A-Za-z0-9+/]{20,64}={0,2})(?![A-Za-z0-9+/=])/yd
/** Django's PBKDF2 and Argon2 hashers: `pbkdf2_sha256$600000$salt$hash`. */
const PBKDF2 = /pbkdf2_sha(?:1|256|512)\$\d{1,7}\$([A-Za-z0-9./+]{4,64}\$[A-Za-z0-9./+]{20,128}={0,2})(?![A-Za-z0-9./+=])/yd
/** PostgreSQL's md5 password: `md5` and 32 hex digits, a whole word (a char or two short: cut when pasted). */
const PG_MD5 = /md5[0-9a-f]{30,32}(?![0-9A-Za-z_])/y

/**
 * At the word text[i, j) (`prev`/`after`: the chars around it): a password hash starting there or
 * at the `$` before it; masks its salt and hash, returns its end, or -1.
 */
export function handlePasswordHash (text: string, i: number, j: number, prev: number, after: number, sink: MatchSink): number {
  const len = j - i
  const first = text.charCodeAt(i)
  if (prev === 36 && after === 36) return pushGroup(first === 50 ? BCRYPT : first === 97 ? ARGON2 : first <= 57 && len === 1 && first !== 55 ? SHA_CRYPT : YESCRYPT, text, i, sink)
  if (first === 83 && len === 5 && after === 45) return pushGroup(SCRAM, text, i, sink)
  if (first === 112 && len === 6 && after === 95) return pushGroup(PBKDF2, text, i, sink)
  if (first === 109 && len >= 33 && len <= 35 && !isWordChar(prev)) {
    PG_MD5.lastIndex = i
    if (!PG_MD5.test(text)) return -1
    sink.push(i, j, 'connection_secret')
    return j
  }
  return -1
}

function pushGroup (re: RegExp, text: string, at: number, sink: MatchSink): number {
  re.lastIndex = at
  const span = re.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], 'connection_secret')
  return span[1]
}

function isWordChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}
