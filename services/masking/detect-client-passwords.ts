// Passwords given to clients on a command line: `mysql -pS3cret`, `redis-cli -a x`, `curl -u user:x`,
// and SQL literals after `PASSWORD` / `IDENTIFIED BY` (Redshift `KMS_KEY_ID` too).
import { UUID_RE, type MatchSink } from './detect-sink.js'
import { parseValue } from './detect-fields.js'
import { emit } from './detect-emit.js'
import { lookupTable } from './lookup-table.js'

/** A MySQL or MariaDB client earlier on the line: it takes a password glued to `-p` (`mysql -u admin -pS3cret`). */
const MYSQL_CLIENT_BEFORE = /(?:^|[\s;|&(`])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)[ \t]/

/** The password glued to `-p`, quoted or bare (not a shell variable: `-p$MYSQL_PWD`). */
const GLUED_PASSWORD = /'([^'\r\n]{1,128})'|"([^"\r\n]{1,128})"|([^\s'"$][^\s'"]{0,127})/y

/** How far back on its line the client is looked for. */
const CLIENT_LINE_MAX = 512

/**
 * `mysql ... -pS3cret` (shell history, runbooks): `i` is at the `-` of `-p`, after a blank. The
 * password glued to it is masked when a MySQL client starts the command on that line; returns
 * its end, or -1.
 */
export function handleGluedPassword (text: string, i: number, sink: MatchSink): number {
  GLUED_PASSWORD.lastIndex = i + 2 // the cheap check first: most ` -p` are `mkdir -p`, `ssh -p 22`
  const m = GLUED_PASSWORD.exec(text)
  if (m === null) return -1
  let lineStart = i
  while (lineStart > 0 && i - lineStart < CLIENT_LINE_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  if (!MYSQL_CLIENT_BEFORE.test(text.slice(lineStart, i))) return -1
  if (m[3] !== undefined) { // glued to the `p`: restoration reads a token after ` -p` (unmask.ts gluedFlagBefore)
    sink.push(i + 2, GLUED_PASSWORD.lastIndex, 'connection_secret')
    return GLUED_PASSWORD.lastIndex
  }
  const value = m[1] ?? m[2]
  sink.push(i + 3, i + 3 + value.length, 'connection_secret')
  return GLUED_PASSWORD.lastIndex
}

/**
 * Clients that take a password as a flag's own argument, by flag: redis-cli `-a x` / `--pass x`,
 * sshpass `-p x`, curl `-u user:x` / `--user user:x` (a proxy's `-U`, `--proxy-user` too, a client
 * certificate's `-E file:x` / `--cert file:x`), openssl's `-pass pass:x` / `-passin` / `-passout`.
 */
const REDIS_CLI_BEFORE = /(?:^|[\s;|&(`])(?:redis|valkey|keydb)-cli[ \t]/
const CURL_BEFORE = /(?:^|[\s;|&(`])curl[ \t]/
const OPENSSL_BEFORE = /(?:^|[\s;|&(`])openssl[ \t]/

const FLAG_CLIENTS: Readonly<Record<string, RegExp>> = lookupTable({
  '-a': REDIS_CLI_BEFORE,
  '--pass': REDIS_CLI_BEFORE,
  '-p': /(?:^|[\s;|&(`])(?:sshpass|cqlsh|mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport)[ \t]/, // (mongo's tools: `-u admin -p x`, cqlsh's to Keyspaces)
  '-u': CURL_BEFORE,
  '--user': CURL_BEFORE,
  '-U': CURL_BEFORE,
  '--proxy-user': CURL_BEFORE,
  '-E': CURL_BEFORE,
  '--cert': CURL_BEFORE,
  '-P': /(?:^|[\s;|&(`>])(?:sqlcmd|bcp|osql|isql|mosquitto_(?:pub|sub|rr))(?:\.exe)?[ \t]/i, // SQL Server's clients (`sqlcmd -S h -U u -P x`), Mosquitto's (`mosquitto_sub -u u -P x`)
  '-pass': OPENSSL_BEFORE,
  '-passin': OPENSSL_BEFORE,
  '-passout': OPENSSL_BEFORE
})
/** Flags whose argument is `<user or file>:<password>`: the part after the first `:` is the secret. */
const AFTER_COLON_FLAGS = new Set(['-u', '--user', '-U', '--proxy-user', '-E', '--cert'])
/** openssl's pass phrase arguments: `pass:x` holds it, `env:VAR`, `file:path`, `fd:n`, `stdin` only say where it is. */
const OPENSSL_PASS_FLAGS = new Set(['-pass', '-passin', '-passout'])

/** What stands for a password in docs: `<password>`, `********`. */
const FLAG_PLACEHOLDER = /^(?:<[^>]{1,40}>|\*{3,}|\.\.\.)$/

/** The flag's argument after blanks, quoted or bare (not a shell variable). */
const FLAG_ARGUMENT = /[ \t]{1,8}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})"|([^\s'"$][^\s'"]{0,255}))/y

/**
 * A password given as a client's flag argument (`redis-cli -a x`, `sshpass -p x`, `curl -u user:x`):
 * `i` is at the flag's `-`, after a blank; the client must start the command earlier on the line
 * (`cp -a`, `ssh -p 22`, `sort -u` are other options). curl's user stays, the part after its `:`
 * is the password (none: curl prompts). Returns the argument's end, or -1.
 */
export function handleFlagPassword (text: string, i: number, flag: string, sink: MatchSink): number {
  const client = FLAG_CLIENTS[flag]
  if (client === undefined) return -1
  FLAG_ARGUMENT.lastIndex = i + flag.length
  const m = FLAG_ARGUMENT.exec(text)
  if (m === null) return -1
  if (!client.test(text.slice(commandStart(text, i), i))) return -1
  const value = m[1] ?? m[2] ?? m[3]
  if (FLAG_PLACEHOLDER.test(value)) return -1 // `redis-cli -a <password>`
  let start = FLAG_ARGUMENT.lastIndex - value.length - (m[3] === undefined ? 1 : 0)
  const end = start + value.length
  if (AFTER_COLON_FLAGS.has(flag)) {
    const colon = value.indexOf(':')
    const c = value.charCodeAt(colon + 1)
    if (colon < 0 || colon === value.length - 1 || c === 36 /* $ */ || c === 92 || c === 47) return -1 // `C:\\certs\\c.pem`: a path
    start += colon + 1
  }
  if (OPENSSL_PASS_FLAGS.has(flag)) {
    if (!value.startsWith('pass:') || value.length === 5 || value.charCodeAt(5) === 36) return -1
    start += 5
  }
  sink.push(start, end, 'connection_secret')
  return FLAG_ARGUMENT.lastIndex
}

/** Lines a command continued with a trailing `\` may span before the flag (`curl -s -X POST <url> \` then `  -u id:x`). */
const CONTINUED_LINES_MAX = 8

/**
 * Start of the command the flag at `i` belongs to: its line's start, or an earlier line's when the
 * lines between end with a shell continuation (`\`, PowerShell's backtick); bounded in lines and chars.
 */
function commandStart (text: string, i: number): number {
  let start = i
  for (let line = 0; line <= CONTINUED_LINES_MAX; line++) {
    while (start > 0 && i - start < CLIENT_LINE_MAX && text.charCodeAt(start - 1) !== 10) start--
    if (start < 2 || i - start >= CLIENT_LINE_MAX) return start
    let e = start - 1 // the previous line's newline
    if (text.charCodeAt(e - 1) === 13) e--
    const last = text.charCodeAt(e - 1)
    if (last !== 92 && last !== 96) return start
    start = e - 1
  }
  return start
}

/** SQL's `IDENTIFIED BY` before a password literal (MySQL, also `IDENTIFIED WITH <plugin> BY`), as `PASSWORD` is (PostgreSQL, Redshift). */
const IDENTIFIED_BEFORE = /IDENTIFIED[ \t]+(?:WITH[ \t]+['"`]?[A-Za-z0-9_]{1,40}['"`]?[ \t]+)?$/i

/**
 * The literal after SQL's `PASSWORD` or `IDENTIFIED BY` (`ALTER ROLE app WITH PASSWORD '...'` in a
 * pgaudit line, `CREATE USER x IDENTIFIED BY '...'`), or Redshift's `KMS_KEY_ID '<uuid>'` (UNLOAD):
 * text[i, keyEnd) is the keyword, `k` at the quote. Returns where scanning goes on, or -1.
 */
export function handleSqlLiteral (text: string, i: number, keyEnd: number, k: number, sink: MatchSink): number {
  const word = text.slice(i, keyEnd).toUpperCase()
  const kms = word === 'KMS_KEY_ID'
  if (!kms && word !== 'PASSWORD' && !(word === 'BY' && IDENTIFIED_BEFORE.test(text.slice(Math.max(0, i - 72), i)))) return -1
  const value = parseValue(text, k)
  if (value === null || value.end === value.start) return -1
  if (kms) return UUID_RE.test(text.slice(value.start, value.end)) ? emit(text, value.start, value.end, value.next, 'kms_key', sink) : -1
  return emit(text, value.start, value.end, value.next, 'connection_secret', sink)
}
