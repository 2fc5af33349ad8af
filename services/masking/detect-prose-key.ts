// Credentials written into prose rather than a field: `the Datadog API key 3f8a…`, `license key:
// eu01xx…`, `bearer token eyJ…`, `client secret is Xq9…`, and a JWT wherever it stands (a bearer
// credential whose claims name users and accounts). The noun alone says too little (`key` names
// S3 objects, KMS keys, map entries), so `key`, `token` and `secret` count only after a word
// that makes them a credential, and only a value that looks generated is taken.
import type { MatchSink } from './detect-sink.js'
import { tokenEndAt } from './token-match.js'

/** Words before `key` / `token` / `secret` that make it a credential (`access key`, `secret key`: AWS's own, read elsewhere). */
const QUALIFIERS = new Set(['api', 'license', 'licence', 'ingest', 'ingestion', 'integration', 'client', 'app', 'application',
  'bot', 'webhook', 'shared', 'preshared', 'signing', 'personal', 'auth', 'bearer', 'refresh', 'id', 'deploy', 'admin', 'pat', 'oauth', 'jwt'])
const NOUNS = ['key', 'token', 'secret']

/** Is text[i, j) one of NOUNS, in any case? Compared in place: the scan calls this at every `the`, `set`, `tasks`. */
function isNoun (text: string, i: number, j: number): boolean {
  const noun = NOUNS.find(n => n.length === j - i)
  if (noun === undefined) return false
  for (let k = 0; k < noun.length; k++) if ((text.charCodeAt(i + k) | 32) !== noun.charCodeAt(k)) return false
  return true
}

/** After the noun: an optional `is`/`was`/`:`/`=`, then the value, bare or in quotes or backticks. */
const VALUE_AFTER = /[ \t]*(?:(?:is|was)[ \t]+|[:=][ \t]*|[ \t]+)([`'"]?)([A-Za-z0-9][A-Za-z0-9_\-.+/=~]{15,511})/y
/** Generated-looking: a letter and a digit, no path (`/` first), no URL, no version or date shape. */
const GENERATED = /^(?=[^]*[0-9])(?=[^]*[A-Za-z])(?![^]*:\/\/)(?!v?[0-9]+(?:[.-][0-9]+)+$)[^]+$/
/** Prefixes other readers own (IAM key ids, STS tokens): their kind must win. */
const OTHER_KIND = /^(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA|APKA|ABIA|ACCA|IQoJ|FwoG|FQoG|arn)/
const TRAILING = /[.,;:]+$/
/** A file's name (`…/IMG_2041.HEIC`, `app-7f3c.gz`): an object key, not a credential. */
const FILE_NAME = /\.[A-Za-z][A-Za-z0-9]{1,4}$/
/** Words joined by dashes, perhaps a small number (`rotation-policy-v2`): a name, not a generated key. */
const WORDS_LIKE = /^[a-z]+(?:[-_][a-z]+)*(?:[-_.]?v?[0-9]{1,4})?$/
const MAX_WORD = 16

function isWordCode (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

/** The word ending just before a blank at `end` (exclusive), lower-cased; '' when there is none. */
function wordBefore (text: string, end: number): string {
  const k = end - 1
  if (text.charCodeAt(k) !== 32) return ''
  let start = k
  while (start > 0 && end - start <= MAX_WORD + 1 && isWordCode(text.charCodeAt(start - 1))) start--
  if (start === k) return ''
  const word = text.slice(start, k).toLowerCase()
  const c = start > 0 ? text.charCodeAt(start - 1) : 32
  // the tail of a hyphenated name (`fjord-media-ingest key uploads/…`) is no qualifier; `pre-shared` is
  return c === 45 ? (word === 'shared' ? word : '') : c === 46 || c === 47 ? '' : word
}

/** `key`, `token` or `secret` spans text[i, j): masks the credential after it; returns its end, or -1. */
export function handleProseKey (text: string, i: number, j: number, sink: MatchSink): number {
  if (!isNoun(text, i, j) || !QUALIFIERS.has(wordBefore(text, i))) return -1
  VALUE_AFTER.lastIndex = j
  const m = VALUE_AFTER.exec(text)
  if (m === null) return -1
  const quote = m[1]
  let value = m[2]
  const start = VALUE_AFTER.lastIndex - value.length
  if (quote === '') value = value.replace(TRAILING, '')
  else if (text[start + value.length] !== quote) return -1
  if (value.length < 16 || !GENERATED.test(value) || WORDS_LIKE.test(value) || FILE_NAME.test(value) || OTHER_KIND.test(value) || tokenEndAt(text, start) === start + value.length) return -1
  sink.push(start, start + value.length, 'api_key')
  return start + value.length
}

/**
 * A JWT (header.payload.signature, base64url, the header JSON's `{"` as `eyJ`), or a JWE of five parts
 * (header.key.iv.ciphertext.tag: Cognito's refresh tokens, CodeArtifact's authorization tokens), whose
 * key part may be empty (`dir`) and whose tag follows the ciphertext: all of it is the credential.
 */
const JWT = /eyJ[A-Za-z0-9_-]{8,2048}\.[A-Za-z0-9_-]{0,16384}\.[A-Za-z0-9_-]{8,2048}(?:\.[A-Za-z0-9_-]{8,65536}\.[A-Za-z0-9_-]{8,64})?(?![A-Za-z0-9_-])/y

/** A JWT starting at `i` (the caller saw `eyJ`): masked whole; returns its end, or -1. */
export function jwtAt (text: string, i: number, sink: MatchSink): number {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32
  if (isWordCode(prev) || prev === 45 || prev === 46) return -1 // inside a longer word
  JWT.lastIndex = i
  if (!JWT.test(text)) return -1
  sink.push(i, JWT.lastIndex, 'api_key')
  return JWT.lastIndex
}
