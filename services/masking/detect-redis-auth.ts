// Redis / Valkey passwords typed at a prompt or in a config (ElastiCache and MemoryDB users, a
// self-managed node on EC2): `ACL SETUSER app on >s3cret ~keys:* +@read` (`>` adds a password,
// `<` removes one), `AUTH [user] s3cret` at a `host:port>` prompt, `requirepass` / `masterauth`
// (`CONFIG SET requirepass x`, a redis.conf line). Users, key patterns and categories stay.
import type { MatchSink } from './detect-sink.js'

/** How far along its line a command's arguments are read. */
const LINE_MAX = 1024
/** One argument after blanks: quoted (either quote) or bare. */
const ARGUMENT = /[ \t]{1,16}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})"|([^\s'"][^\s'"]{0,255}))/y
/** What stands for a password in docs: `<password>`, `********`, `$REDIS_PASSWORD`, `${X}`. */
const PLACEHOLDER = /^(?:<[^>]{0,40}>?|\*{3,}|\$.*|\.\.\.)$/

/** Is the word text[i, j) one that leads a password: `SETUSER`, `AUTH`, `requirepass`, `masterauth` (either case)? */
export function isRedisAuthWord (text: string, i: number, j: number): boolean {
  const len = j - i
  if (len === 7) return text.startsWith('SETUSER', i) || text.startsWith('setuser', i)
  if (len === 4) return text.startsWith('AUTH', i) || text.startsWith('auth', i)
  if (len === 11) return text.startsWith('requirepass', i)
  return len === 10 && text.startsWith('masterauth', i)
}

/** At the word text[i, j) (isRedisAuthWord) after a blank or a line's start: masks the password it leads; -1 always. */
export function handleRedisAuth (text: string, i: number, j: number, sink: MatchSink): number {
  const len = j - i
  if (len === 7) {
    if (!text.endsWith('ACL ', i) && !text.endsWith('acl ', i)) return -1
    for (const [s, e, value] of argumentsOf(text, j)) {
      const c = value.charCodeAt(0)
      if ((c === 62 || c === 60) && value.length > 1 && !PLACEHOLDER.test(value.slice(1))) push(sink, s + 1, e) // `>pass`, `<pass`
    }
    return -1
  }
  if (len === 4) { // only at a redis-cli prompt (`host:6379> AUTH x`): SMTP and others have their own AUTH
    if (i < 2 || text.charCodeAt(i - 2) !== 62 || !/:\d{1,5}(?:\[\d{1,2}\])?$/.test(text.slice(Math.max(0, i - 16), i - 2))) return -1
    const args = argumentsOf(text, j)
    if (args.length === 1 || args.length === 2) pushValue(sink, args[args.length - 1])
    return -1
  }
  if (!opensConfigLine(text, i) && !text.endsWith('SET ', i) && !text.endsWith('set ', i) && !text.endsWith(' --', i)) return -1 // prose: `use requirepass to ...`
  const args = argumentsOf(text, j) // `requirepass x` (redis.conf), `CONFIG SET requirepass x`, `redis-server --requirepass x`
  if (args.length >= 1) pushValue(sink, args[0])
  return -1
}

/** Does a config line start at `i`: only blanks between it and the line's start? */
function opensConfigLine (text: string, i: number): boolean {
  let k = i
  while (k > 0 && i - k < 16 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--
  return k === 0 || text.charCodeAt(k - 1) === 10
}

function pushValue (sink: MatchSink, [s, e, value]: [number, number, string]): void {
  if (!PLACEHOLDER.test(value)) push(sink, s, e)
}

/** Ahead of the scan (it has not reached the argument yet). */
function push (sink: MatchSink, start: number, end: number): void {
  (sink.deferred ??= []).push({ start, end, kind: 'connection_secret' })
}

/** The arguments after `pos` up to the line's end: start, end and text of each (quotes left out). */
function argumentsOf (text: string, pos: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = []
  const limit = Math.min(text.length, pos + LINE_MAX)
  while (pos < limit && out.length < 32) {
    ARGUMENT.lastIndex = pos
    const m = ARGUMENT.exec(text)
    if (m === null || ARGUMENT.lastIndex > limit) break
    const value = m[1] ?? m[2] ?? m[3]
    const end = ARGUMENT.lastIndex - (m[3] === undefined ? 1 : 0)
    out.push([end - value.length, end, value])
    pos = ARGUMENT.lastIndex
  }
  return out
}
