// Opaque values no field names as secret. JSON sent base64-encoded: AppSync's real-time handshake
// (`wss://<api>.appsync-realtime-api.<region>.amazonaws.com/graphql?header=eyJob3N0Ijoi…` holds the
// API's host and its `x-api-key`), AppStream's streaming URL (`authenticate?parameters=eyJ0eXBlIjoi…`
// holds the account and the user), a token's claims pasted alone. `eyJ` is `{"` encoded: the run is
// decoded and read as text; when that finds anything to mask, the whole run is masked (one token:
// a part of it would not decode back). Amazon Location Service's API keys (`v1.public.<base64url>`),
// in a query's `key=` or a config.
import type { Match } from './types.js'
import type { MatchSink } from './detect-sink.js'

/** Base64 (standard or URL-safe) from `eyJ`, `=` padding included; at most 256 KB encoded (read and decoded whole). */
const BASE64_RUN = /eyJ[A-Za-z0-9+/_-]{13,262141}={0,2}/y
/** How much of a longer run is decoded to see that it is JSON (a multiple of 4). */
const LONG_RUN_HEAD = 64
/** Kinds whose values are credentials: a run holding one is a secret itself. */
const SECRET_KINDS: ReadonlySet<string> = new Set(['api_key', 'secret_access_key', 'session_token', 'access_key_id', 'connection_secret', 'private_key'])

/** An Amazon Location Service API key: `v1.public.` and its base64url body. */
const LOCATION_KEY = /v1\.public\.[A-Za-z0-9_-]{20,4096}(?![A-Za-z0-9_-])/y

/**
 * At `at`, a value that may be opaque: base64 JSON (`eyJ…`) or a Location API key (`v1.public.…`);
 * masks it and returns its end, or -1.
 */
export function handleOpaqueValue (text: string, at: number, sink: MatchSink, detect: (text: string) => Match[]): number {
  const c = text.charCodeAt(at)
  if (c === 101 && text.startsWith('eyJ', at)) return handleBase64Json(text, at, sink, detect)
  if (c !== 118 || !text.startsWith('v1.public.', at) || (at > 0 && isRunChar(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 61)) return -1
  LOCATION_KEY.lastIndex = at
  if (!LOCATION_KEY.test(text)) return -1
  sink.push(at, LOCATION_KEY.lastIndex, 'api_key')
  return LOCATION_KEY.lastIndex
}

function isRunChar (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 45 || c === 61
}

/**
 * At `eyJ` (text[i]): masks the base64 run when the JSON it encodes holds identifiers or secrets,
 * as `detect` (the caller's detector) finds them; the run's end, or -1 (a JWT's part, no JSON, nothing in it).
 */
function handleBase64Json (text: string, i: number, sink: MatchSink, detect: (text: string) => Match[]): number {
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32
  if (prev !== 61 && isRunChar(prev)) return -1 // inside a longer run (`=` ends a key: `?header=eyJ…`)
  BASE64_RUN.lastIndex = i
  if (!BASE64_RUN.test(text)) return -1
  const end = BASE64_RUN.lastIndex
  const next = end < text.length ? text.charCodeAt(end) : 32
  if (next === 46) return -1 // a JWT's header or claims (`.` follows)
  if (isRunChar(next)) return longBase64Json(text, i, end, sink)
  const decoded = Buffer.from(text.slice(i, end), 'base64').toString('utf8')
  if (!decoded.startsWith('{"') || decoded.includes('\uFFFD')) return -1
  const found = detect(decoded).filter(m => m.kind !== 'token_literal')
  if (found.length === 0) return -1
  sink.push(i, end, found.some(m => SECRET_KINDS.has(m.kind)) ? 'api_key' : 'resource_name')
  return end
}

/**
 * A base64 JSON run longer than BASE64_RUN reads (text[i, read) read so far): too long to decode and
 * read whole, so it is masked whole when it decodes to JSON (fail closed: what it holds is not
 * known); a JWT's part (`.` after it) stays for the JWT reader. Its end, or -1.
 */
function longBase64Json (text: string, i: number, read: number, sink: MatchSink): number {
  let end = read
  while (end < text.length && isRunChar(text.charCodeAt(end))) end++
  if (end < text.length && text.charCodeAt(end) === 46) return -1
  const head = Buffer.from(text.slice(i, i + LONG_RUN_HEAD), 'base64').toString('utf8')
  if (!head.startsWith('{"')) return -1
  sink.push(i, end, 'api_key')
  return end
}
