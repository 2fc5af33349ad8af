// URLs and connection strings: `s3://bucket/key`, `postgres://app:S3cr3t!@db.internal:5432/app`,
// `https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue`. The scheme stays; the password, a
// customer host and AWS customer labels are masked. Scanning resumes after the host, so the
// path and query go through the ordinary scanner (ids, `X-Amz-Security-Token=`, ...); AWS console
// routes go through detect-console.ts.
import type { MatchSink } from './detect-sink.js'
import { indexWithin, isHostChar } from './detect-sink.js'
import { ipv4Kind, ipv6Kind } from './detect-ip.js'
import { isAwsHost, maskArtifactPipeline, maskAwsHost } from './detect-host.js'
import { ACCESS_KEY_PREFIXES } from './catalogue.js'
import { tokenEndAt } from './token-match.js'
import { NAME_ESCAPE } from './detect-arn.js'
import { maskConsoleRoute } from './detect-console.js'

/** `scheme://` where the scheme is a plausible one (letters, digits, `+.-`). */
export const URL_SOURCE = '[A-Za-z][A-Za-z0-9+.-]{0,24}:(?:\\\\?/){2}'

/** A URL's user that is an IAM key id: CodeCommit over SSH (`ssh://APKA...@git-codecommit...`), keys in proxy URLs. */
const KEY_ID_USER = new RegExp(`^(?:${ACCESS_KEY_PREFIXES.join('|')})[A-Z0-9]{16,17}$`)

const PRIVATE_TLD = /\.(?:internal|local|lan|corp|intra|intranet|private|home|localdomain)$/i
const DB_SCHEME = /^(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|oracle|clickhouse|cassandra|memcached|kafka|nats|ldaps?|smtps?|ftp|sftp)$/i

const NAME_ESCAPE_AT = new RegExp(NAME_ESCAPE, 'y')
/** A `\uXXXX` escape at `at` that a name holds; NAME_ESCAPE_AT.lastIndex is then past it. */
function nameEscapeAt (text: string, at: number): boolean {
  NAME_ESCAPE_AT.lastIndex = at
  return NAME_ESCAPE_AT.test(text)
}

/** Characters that end a URL's authority part. */
function endsAuthority (c: number): boolean {
  // whitespace, / ? # " ' \ < > ` ( ) [ ] { } , ;
  return c <= 32 || c === 47 || c === 63 || c === 35 || c === 34 || c === 39 || c === 92 ||
    c === 60 || c === 62 || c === 96 || c === 40 || c === 41 || c === 123 || c === 125 || c === 44 || c === 59
}

/**
 * A `#`, `?`, `\` or quote inside an unencoded password (`postgresql://app:v9!Rq2#Lm7x@db...`, `app:pa"ss@db`): the userinfo has
 * its `:` (not a port's) already and an `@` follows within a password's length, before any blank,
 * quote, `/`, `&` or `=` (a query).
 */
function passwordGoesOn (text: string, authStart: number, i: number): boolean {
  const colon = indexWithin(text, ':', authStart, i)
  if (colon < 0 || /^[0-9]*$/.test(text.slice(colon + 1, i))) return false // `host:8080?x=...`: a port
  const from = text.charCodeAt(i) === 92 && text.charCodeAt(i + 1) === 34 ? i + 2 : i + 1
  for (let k = from, end = Math.min(text.length, i + 64); k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 64) return true
    if (c === 92 && text.charCodeAt(k + 1) === 34) { k++; continue } // `\"` of JSON: a quote in the password
    if ((c === 34 || c === 39) && !closesValue(text.charCodeAt(k + 1))) continue // `S3c\r'et!@`: a quote glued inside it
    if (c <= 32 || c === 47 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 38 || c === 61) return false // blank, / " ' ` < > & =
  }
  return false
}

/** What may follow a closing quote: a blank, a separator, a bracket, the end. */
function closesValue (c: number): boolean {
  return Number.isNaN(c) || c <= 32 || c === 44 || c === 59 || c === 41 || c === 93 || c === 125 || c === 62
}

const ACCOUNT_TAIL = /^[0-9]{12}$/

/** ECS's task metadata endpoint: `http://169.254.170.2/v4/<task id>-<container>` (ECS_CONTAINER_METADATA_URI_V4). */
export const ECS_METADATA_HOST = '169.254.170.2'
const ECS_METADATA_PATH = /\\?\/v[34]\\?\/([0-9a-f]{32})(?![0-9A-Za-z])/y // `\/` in text escaped as JSON

/** The task id glued into the metadata URI's path (with or without `http://`), masked as in a task ARN; returns where scanning goes on. */
export function maskEcsTaskId (text: string, pos: number, sink: MatchSink): number {
  ECS_METADATA_PATH.lastIndex = pos
  const m = ECS_METADATA_PATH.exec(text)
  if (m === null) return pos
  const end = ECS_METADATA_PATH.lastIndex
  sink.push(end - 32, end, 'resource_name')
  return end
}

/** What stands for a password without being one: a redaction (`********`, trufflehog's `Redacted`), a placeholder, a variable. */
const PASSWORD_PLACEHOLDER = /^(?:\*{3,}|<[A-Za-z_ -]{1,40}>|\$\{[A-Za-z_][A-Za-z0-9_.]{0,60}\}|\$[A-Z_][A-Z0-9_]{0,60}|REDACTED|redacted)$/

const TABLE_PATH = /\/([A-Za-z0-9_.-]{3,255})(?![A-Za-z0-9_.-])/y
/** Celery's DynamoDB result backend `dynamodb://[key:secret@]region[:port]/table?read=5`: the path names the table (the host is a region or localhost). */
function maskResultTable (text: string, authEnd: number, sink: MatchSink): number {
  TABLE_PATH.lastIndex = authEnd
  const m = TABLE_PATH.exec(text)
  if (m === null) return authEnd
  sink.push(authEnd + 1, TABLE_PATH.lastIndex, 'dynamodb_table')
  return TABLE_PATH.lastIndex
}

export function handleUrl (text: string, start: number, matchEnd: number, sink: MatchSink): number {
  const schemeEnd = text.indexOf(':', start)
  const scheme = text.slice(start, schemeEnd).toLowerCase()
  const authStart = matchEnd
  let authEnd = authStart
  let at = -1
  const bucket = scheme === 's3' || scheme === 's3a' || scheme === 's3n'
  while (authEnd < text.length) {
    const c = text.charCodeAt(authEnd)
    if (c === 92 && bucket && nameEscapeAt(text, authEnd)) { authEnd = NAME_ESCAPE_AT.lastIndex; continue } // `s3://\u0041cme`: the escape is the bucket's
    if (c === 64 /* @ */) at = authEnd
    else if (endsAuthority(c) && !(at < 0 && (c === 35 || c === 63 || c === 92 || c === 34 || c === 39) && passwordGoesOn(text, authStart, authEnd))) break
    authEnd++
  }
  let hostStart = authStart
  if (at >= 0) {
    const colon = indexWithin(text, ':', authStart, at)
    const userEnd = colon >= 0 ? colon : at
    if (userEnd - authStart <= 21 && KEY_ID_USER.test(text.slice(authStart, userEnd))) sink.push(authStart, userEnd, 'access_key_id')
    else if (userEnd - authStart > 16 && text.startsWith('-at-', userEnd - 16) && ACCOUNT_TAIL.test(text.slice(userEnd - 12, userEnd))) { // CodeCommit's Git user `<user>-at-<account>`
      sink.push(authStart, userEnd - 16, 'iam_user')
      sink.push(userEnd - 12, userEnd, 'account_id')
    }
    if (colon >= 0 && colon + 1 < at && !PASSWORD_PLACEHOLDER.test(text.slice(colon + 1, at))) sink.push(colon + 1, at, 'connection_secret')
    hostStart = at + 1
  }
  if (bucket) {
    const first = text.charCodeAt(hostStart)
    if (first === 36 || first === 37) return authEnd // `s3://$(BUCKET)/`, `${BUCKET}`, `$BUCKET`, `%s`: a Make, shell or format variable, no bucket's name
    sink.push(hostStart, authEnd, 's3_bucket')
    return maskArtifactPipeline(text, hostStart, authEnd, sink)
  }
  if (scheme === 'dynamodb') return maskResultTable(text, authEnd, sink)
  // host[:port] or [ipv6]:port
  if (text.charCodeAt(hostStart) === 91 /* [ */) {
    const close = indexWithin(text, ']', hostStart, authEnd + 1)
    if (close > hostStart) {
      const kind = ipv6Kind(text.slice(hostStart + 1, close))
      if (kind !== null) sink.push(hostStart + 1, close, kind)
    }
    return authEnd
  }
  let hostEnd = hostStart
  while (hostEnd < authEnd && isHostChar(text.charCodeAt(hostEnd))) hostEnd++
  while (hostEnd > hostStart && text.charCodeAt(hostEnd - 1) === 46) hostEnd--
  if (hostEnd === hostStart) return authEnd
  const host = text.slice(hostStart, hostEnd)
  if (/^[0-9.]+$/.test(host)) {
    const kind = ipv4Kind(text, hostStart, hostEnd)
    if (kind !== null) sink.push(hostStart, hostEnd, kind)
    return host === ECS_METADATA_HOST ? maskEcsTaskId(text, hostEnd, sink) : hostEnd
  }
  if (isAwsHost(host)) return maskAwsHost(text, hostStart, hostEnd, sink)
  if (CONSOLE_HOST.test(host)) return maskConsoleRoute(text, hostEnd, sink)
  const identifying = host.includes('.') && host.toLowerCase() !== 'localhost'
  if (PRIVATE_TLD.test(host) || (identifying && (at >= 0 || DB_SCHEME.test(scheme)))) {
    sink.push(hostStart, hostEnd, 'hostname')
    return hostEnd
  }
  const colon = indexWithin(text, ':', hostEnd, authEnd)
  if (isAwsHost(text.slice(hostStart, colon < 0 ? authEnd : colon))) return hostEnd // `S3_BUCKET_1.s3.amazonaws.com`: the host's own reader takes it
  return Math.max(hostEnd, tokenLiteralsIn(text, hostStart, hostEnd, authEnd, sink))
}

/**
 * A host that stays may hold text shaped like a token (`x://TOKEN_LITERAL_1`, `http://VPC_1.example`):
 * masked as its own value at each label start, or restoration would turn it into another value.
 */
function tokenLiteralsIn (text: string, from: number, to: number, limit: number, sink: MatchSink): number {
  let last = -1
  for (let p = from; p < to; p++) {
    if (p > from && !LABEL_BREAK.has(text.charCodeAt(p - 1))) continue
    const end = tokenEndAt(text, p) // may run past the host (`_` is no host char) within the authority
    if (end > 0 && end <= limit) { // the unmasker reads a token wherever no digit follows it
      sink.push(p, end, 'token_literal')
      p = last = end
    }
  }
  return last
}
const LABEL_BREAK = new Set([46, 45]) // . -

const CONSOLE_HOST = /(?:^|\.)console\.(?:aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/i

/**
 * Oracle's thin JDBC form carries the credentials before the `@` without a scheme's `//`:
 * `jdbc:oracle:thin:user/password@//host:1521/SVC` or `...thin:user/password@host:1521:SID`.
 * `i` is at `thin`; masks the password and returns where scanning continues (at the `@`), else -1.
 */
export function handleOracleThin (text: string, i: number, sink: MatchSink): number {
  const from = i + 5 // after `thin:`
  let slash = -1
  for (let k = from, end = Math.min(text.length, from + 160); k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 64 /* @ */) {
      if (slash < 0 || slash + 1 >= k) return -1
      sink.push(slash + 1, k, 'connection_secret')
      return k
    }
    if (c <= 32 || c === 34 || c === 39 || c === 96) return -1
    if (c === 47 && slash < 0) slash = k
  }
  return -1
}
