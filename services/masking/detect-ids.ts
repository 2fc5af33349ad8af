// Id shapes (EC2/VPC prefixes, RDS resource ids, Organizations, Cognito, Route 53, ...): found by
// the scanner at a word, and a whole-string classifier for ids found inside ARNs/hosts.
// Resource ids are matched by hand (prefix, then 17 or 8 hex digits) and give their kind from the
// prefix; shaped ids run only the regexes whose literal head fits. Same answers as the regexes
// `(?:PREFIXES)-(?:[0-9a-f]{17}|[0-9a-f]{8})(?!...)` and `(?:SHAPED...)(?![A-Za-z0-9])`.
import { RESOURCE_ID_PREFIXES, SHAPED_IDS } from './catalogue.js'
import type { MatchSink } from './detect-sink.js'

/** Resource prefixes by first char code, longest first (the order the regex alternation tried them). */
const PREFIXES_BY_FIRST: Array<string[] | undefined> = []
for (const p of Object.keys(RESOURCE_ID_PREFIXES).sort((a, b) => b.length - a.length)) {
  (PREFIXES_BY_FIRST[p.charCodeAt(0)] ??= []).push(p)
}

/**
 * Literal heads one of which every match of a shaped-id source starts with: `(?:db|cluster)-...`
 * gives db and cluster, `mrk-...` mrk, `Z(?=...` Z. A source of another form gets the empty head
 * (always tried).
 */
function headsOf (source: string): string[] {
  const m = /^(?:\(\?:([A-Za-z|]+)\)|([A-Za-z]+))(?![?*+{|])/.exec(source)
  if (m === null || hasTopLevelBar(source)) return ['']
  return (m[1] ?? m[2]).split('|')
}

function hasTopLevelBar (source: string): boolean {
  let depth = 0
  for (let k = 0; k < source.length; k++) {
    const c = source[k]
    if (c === '\\') k++
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

interface ShapedId { kind: string, heads: string[], sticky: RegExp, whole: RegExp }
const SHAPED: readonly ShapedId[] = SHAPED_IDS.map(s => ({
  kind: s.kind,
  heads: headsOf(s.source),
  sticky: new RegExp(`(?:${s.source})(?![A-Za-z0-9])`, 'y'),
  whole: new RegExp(`^(?:${s.source})$`)
}))
/** The shaped ids a text starting with char code `c` may hold, in SHAPED_IDS order. */
const SHAPED_BY_FIRST: Array<readonly ShapedId[]> = Array.from({ length: 128 }, (_, c) =>
  SHAPED.filter(s => s.heads.some(h => h === '' || h.charCodeAt(0) === c)))
const SHAPED_HEADLESS = SHAPED.filter(s => s.heads.includes(''))

function shapedFor (c: number): readonly ShapedId[] {
  return c < 128 ? SHAPED_BY_FIRST[c] : SHAPED_HEADLESS
}

export function startsWithAny (text: string, heads: readonly string[], at: number): boolean {
  for (const h of heads) if (text.startsWith(h, at)) return true
  return false
}

function isLowerHex (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102)
}

function isAsciiAlnum (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

/** Are text[from, from + n) all lower-case hex digits? */
function hexRun (text: string, from: number, n: number): boolean {
  if (from + n > text.length) return false
  for (let k = from; k < from + n; k++) if (!isLowerHex(text.charCodeAt(k))) return false
  return true
}

/**
 * What may follow a resource id: no alphanumeric, and not `-xxxx-xxxx-` (the rest of a UUID); a
 * plural `s` that ends the word (`both i-0abc...s`) is prose, and the id ends before it.
 */
function endsResourceId (text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c === 115 /* s */) {
    const d = text.charCodeAt(at + 1)
    return !isAsciiAlnum(d) && d !== 45 && d !== 95
  }
  if (isAsciiAlnum(c)) return false
  return !(c === 45 && hexRun(text, at + 1, 4) && text.charCodeAt(at + 5) === 45 &&
    hexRun(text, at + 6, 4) && text.charCodeAt(at + 10) === 45)
}

/** Longest hash Terraform glues after the route table id in a route's id (a CRC-32 in decimal). */
const ROUTE_HASH_MAX = 10

/**
 * Terraform's `aws_route` id, `r-` + route table id + the destination's hash (`r-rtb-0d5f...246801080289494`):
 * where the hash ends when the 17 hex digits of the table id at `start` end at `end` and digits only follow, else -1.
 */
function routeIdEnd (text: string, start: number, end: number): number {
  if (!text.startsWith('r-rtb-', start - 2)) return -1
  let k = end
  while (k < end + ROUTE_HASH_MAX + 1 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++
  return k > end && k <= end + ROUTE_HASH_MAX && !isAsciiAlnum(text.charCodeAt(k)) ? k : -1
}

/** The prefix of the resource id (`sg-0abc...`) starting at `start` and the id's end, or undefined. */
function resourceIdSpan (text: string, start: number, glued = true): { prefix: string, end: number } | undefined {
  const list = PREFIXES_BY_FIRST[text.charCodeAt(start)]
  if (list === undefined) return undefined
  for (const p of list) {
    const dash = start + p.length
    if (text.charCodeAt(dash) !== 45 || !text.startsWith(p, start)) continue
    // 17 hex digits, else 8: a longer run has a hex digit where either would have to end
    let run = 0
    while (run < 18 && isLowerHex(text.charCodeAt(dash + 1 + run))) run++
    const routeEnd = run === 18 ? routeIdEnd(text, start, dash + 18) : -1
    if (routeEnd > 0) return { prefix: p, end: routeEnd } // whole: a token glued to digits would not read back
    if (run !== 17 && run !== 8) continue
    const end = dash + 1 + run
    if (endsResourceId(text, end) || (glued && gluedIdAt(text, end, run === 17))) return { prefix: p, end }
  }
  return undefined
}

/**
 * An id glued to another (the EBS CSI driver's in-flight key `vol-<17 hex>i-<17 hex>`,
 * `sg-<8 hex>i-<17 hex>`): both are ids. One of the two must be long (17 hex digits), one level
 * deep (the second must end as an id does).
 */
function gluedIdAt (text: string, at: number, firstLong: boolean): boolean {
  const c = text.charCodeAt(at)
  if (c < 97 || c > 122) return false
  const span = resourceIdSpan(text, at, false)
  return span !== undefined && (firstLong || span.end - at - span.prefix.length === 18)
}

/** Pushes the resource id (`sg-0abc...`) starting at `start` and returns its end, or -1. */
export function resourceIdAt (text: string, start: number, sink: MatchSink): number {
  const span = resourceIdSpan(text, start)
  if (span === undefined) return -1
  // a glued id (gluedIdAt) is masked with it, in one token: a token glued to another would not be read back
  const end = isAsciiAlnum(text.charCodeAt(span.end)) ? (resourceIdSpan(text, span.end, false)?.end ?? span.end) : span.end
  sink.push(start, end, RESOURCE_ID_PREFIXES[span.prefix])
  return end
}

/** Whether a resource id starts at `start` (nothing pushed). */
export function isResourceIdAt (text: string, start: number): boolean {
  return resourceIdSpan(text, start) !== undefined
}

/**
 * CloudFront's ETags have a distribution id's shape: kept where one stands (`"ETag": "E2Q..."`,
 * `ETag: E2Q...`, `--if-match E2Q...`, a table's `| ETag | E2Q... |`).
 */
const ETAG_BEFORE = /(?:\b(?:ETag|Etag|etag|ETAG|IfMatch|ifMatch)\\?"?[ \t]{0,4}[:=|][ \t]{0,4}\\?"?|--if-match[ \t=]{1,4})$/
export const ETAG_FIELDS: ReadonlySet<string> = new Set(['ETag', 'Etag', 'etag', 'ETAG', 'IfMatch', 'ifMatch'])

/** Pushes the shaped id (`db-ABC...`, `o-...`, `Z0...`) starting at `start` and returns its end, or -1. */
export function shapedIdAt (text: string, start: number, sink: MatchSink): number {
  for (const s of shapedFor(text.charCodeAt(start))) {
    if (!startsWithAny(text, s.heads, start)) continue
    s.sticky.lastIndex = start
    if (!s.sticky.test(text)) continue
    if (s.kind === 'cloudfront_distribution' && ETAG_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return s.sticky.lastIndex
    sink.push(start, s.sticky.lastIndex, s.kind)
    return s.sticky.lastIndex
  }
  return -1
}

function resourceKindOf (s: string): string | null {
  const list = PREFIXES_BY_FIRST[s.charCodeAt(0)]
  if (list === undefined) return null
  for (const p of list) {
    const digits = s.length - p.length - 1
    if ((digits === 17 || digits === 8) && s.charCodeAt(p.length) === 45 && s.startsWith(p) && hexRun(s, p.length + 1, digits)) {
      return RESOURCE_ID_PREFIXES[p]
    }
  }
  return null
}

/** Kind of a string that is wholly one id (resource or shaped), or null. */
export function wholeIdKind (s: string): string | null {
  if (s.length < 6 || s.length > 48) return null
  const kind = resourceKindOf(s)
  if (kind !== null) return kind
  for (const { kind, heads, whole } of shapedFor(s.charCodeAt(0))) if (startsWithAny(s, heads, 0) && whole.test(s)) return kind
  return null
}

/**
 * The kind of a value a field or an ARN's resource type names (`kind`): its id shape's, save a
 * ten-char `Z…`: Bedrock's ids (knowledge bases, agents, data sources) are ten upper-case letters
 * and digits, so one starting with `Z` has a Route 53 zone id's shape (those run longer); the field
 * (`knowledgeBaseId`) or the ARN (`knowledge-base/`) says what it is.
 */
export function fieldIdKind (value: string, kind: string): string {
  const id = wholeIdKind(value)
  return id === null || (id === 'hosted_zone' && value.length === 10) ? kind : id
}

/** After an ECS task id: the rest of a container's `runtimeId` (`<task id>-2813954071`, ECS task state events, the agent's logs). */
const RUNTIME_ID_TAIL = /-[0-9]{6,10}(?![0-9A-Za-z])/y

/**
 * The ECS task id that opens a container's runtime id, text[i, i + 32) (32 lower-case hex, checked by
 * the caller): masked as in a task ARN, the digits after it kept; -1 when no such tail follows.
 */
export function ecsRuntimeIdAt (text: string, i: number, sink: MatchSink): number {
  RUNTIME_ID_TAIL.lastIndex = i + 32
  if (!RUNTIME_ID_TAIL.test(text)) return -1
  sink.push(i, i + 32, 'resource_name')
  return RUNTIME_ID_TAIL.lastIndex
}
