// Filters, tags and records: `--filters Name=...,Values=...`, naming tag keys, name/value pairs,
// SecureString records, external-secrets keys, CloudWatch metrics, Packer AMI filters.
import { indexWithin, lastIndexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, parseValue, type FieldRole, type ValueSpan } from './detect-fields.js'
import { fieldIdKind } from './detect-ids.js'
import { isBlank, emitList, emit } from './detect-emit.js'
import { filterValueWordsEnd } from './detect-name-tag-words.js'

/**
 * A namespaced tag key that says its value is a name: AWS's `aws:autoscaling:groupName`,
 * `aws:cloudformation:stack-name`, `eks:cluster-name`, and the like (the part after the last `:`
 * or `/` is a name field); null otherwise (`aws:cloudformation:logical-id`, `team`).
 */
export function namingTagKey (key: string): FieldRole | null {
  const cut = Math.max(key.lastIndexOf(':'), key.lastIndexOf('/'))
  if (cut <= 0 || key.length > 128) return null
  const role = fieldRole(key.slice(cut + 1))
  return role !== null && role.role === 'name' ? role : null
}

/** external-secrets' `remoteRef:` / `extract:` just before its `key:` (YAML, a few fields before it, or JSON). */
const REMOTE_REF_BEFORE = /\b(?:remoteRef|extract)\\?["']?[ \t]*:[ \t]*(?:\r?\n(?:[ \t]{0,32}[A-Za-z]{1,32}:[^\r\n]{0,200}\r?\n){0,3}[ \t]{0,32}|\{[ \t\r\n]*(?:\\?"[A-Za-z]{1,32}\\?"[ \t]*:[ \t]*\\?"[^"\r\n]{0,200}\\?"[ \t]*,[ \t\r\n]*){0,3}(?:\\?")?)$/

const SECRET_NAME: FieldRole = { kind: 'secret_name', role: 'name' }

/**
 * external-secrets' `remoteRef: {key: prod/app/db}`: the key is the name of a Secrets Manager secret
 * or an SSM parameter (an ARN there is the scanner's); -1 for any other `key`.
 */
export function remoteRefKey (text: string, start: number, key: string, value: ValueSpan, sink: MatchSink): number {
  if (key !== 'key' || !REMOTE_REF_BEFORE.test(text.slice(Math.max(0, start - 400), start))) return -1
  const kind = classifyValue(SECRET_NAME, text.slice(value.start, value.end), 'SecretId')
  return kind === null ? -1 : emit(text, value.start, value.end, value.next, kind, sink)
}

/** `- name: DB_PASSWORD` / `{"name": "API_TOKEN", ` / `{"key": "x-api-key", ` right before a `value:` (k8s env, ECS, SSM, an IoT rule's HTTP headers). */
const PAIR_NAME_BEFORE = /(?:[Nn]ame|[Kk]ey)\\?["']?[ \t]*[:=][ \t]*\\?["']?([A-Za-z0-9_./-]{2,128})\\?["']?[ \t]*,?(?:[ \t]*\\?["']?Type\\?["']?[ \t]*:[ \t]*\\?["']?[A-Za-z]+\\?["']?[ \t]*,)?[ \t\r\n-]*\\?["']?$/

/** The decrypted value of a SecureString parameter: a secret. */
export const SECURE_STRING_ROLE: FieldRole = { kind: 'connection_secret', role: 'secret' }

/** How far around a `Value` its parameter record is read for `SecureString`. */
const RECORD_WINDOW = 512

/**
 * Whether the record holding the `Value` key at `start` says `SecureString` (an SSM parameter read
 * with decryption, JSON or YAML): from its opening brace or YAML list item to its closing brace
 * or the next item, at most RECORD_WINDOW chars each way.
 */
export function inSecureStringRecord (text: string, start: number, next: number): boolean {
  const lo = Math.max(0, start - RECORD_WINDOW)
  let from = start
  while (from > lo && !recordEdge(text, from - 1)) from--
  const hi = Math.min(text.length, next + RECORD_WINDOW)
  let to = next
  while (to < hi && !recordEdge(text, to)) to++
  return indexWithin(text, 'SecureString', from, to) >= 0 // bounded: an unbounded search per `Value` key is quadratic on a big text of tags
}

/** A brace, or the dash of a YAML list item (`\n  - Name: x`). */
function recordEdge (text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 123 || c === 125) return true
  if (c !== 45 || text.charCodeAt(i + 1) !== 32) return false
  let k = i - 1
  while (k >= 0 && text.charCodeAt(k) === 32) k--
  return k < 0 || text.charCodeAt(k) === 10
}

/**
 * The value of a name/value pair whose name says what it is: a secret's (`DB_PASSWORD`,
 * `/prod/stripe-api-key`) or a resource name field (a CloudWatch dimension `DBInstanceIdentifier`).
 */
export function pairValue (text: string, start: number, vStart: number, vEnd: number, next: number, sink: MatchSink): number {
  const name = PAIR_NAME_BEFORE.exec(text.slice(Math.max(0, start - 200), start))?.[1]
  const role = name === undefined || name === 'Name' ? null : fieldRole(name)
  if (role === null || (role.role !== 'secret' && role.role !== 'name')) return -1
  const kind = classifyValue(role, text.slice(vStart, vEnd), name as string)
  return kind === null ? -1 : emit(text, vStart, vEnd, next, kind, sink)
}

export const FILTER_VALUES = /^[A-Za-z0-9:._-]+,Values=/

const FILTER = /([A-Za-z0-9:._-]{1,128}),Values=/y

/** Values of a filter, at most this many (`Values=a,b,c`). */
const MAX_FILTER_VALUES = 64

/**
 * `--filters Name=tag:Name,Values=web-1,web-2` / `Name=group-name,Values=x`: the values of a
 * filter whose name is a name field or a naming tag key are names; `pos` is past `Name=`. Other
 * filters (`instance-state-name`, `vpc-id`) are left to the scanner (-1).
 */
export function filterValues (text: string, pos: number, sink: MatchSink): number {
  FILTER.lastIndex = pos
  const m = FILTER.exec(text)
  if (m === null) return -1
  const filter = m[1]
  const role = filterRole(filter)
  if (role === null) return -1
  let at = FILTER.lastIndex
  for (let n = 0; n < MAX_FILTER_VALUES; n++) {
    let e = at
    while (e < text.length && e - at < 256 && !endsFilterValue(text.charCodeAt(e))) e++
    const kind = e > at ? classifyValue(role, text.slice(at, e), filter) : null
    if (kind === null) return n === 0 ? -1 : at // an id or ARN among the values: the scanner's
    const words = text.charCodeAt(e) === 32 && filter.startsWith('tag:') ? filterValueWordsEnd(text, text.charCodeAt(pos - 6), at, e) : -1 // `Values=web tier prod`: one name
    if (words >= 0) { sink.push(at, words, 'resource_name'); return words }
    sink.push(at, e, fieldIdKind(text.slice(at, e), kind))
    if (text.charCodeAt(e) !== 44 /* , */) return e
    at = e + 1
  }
  return at
}

/** The role of a filter's values: names under a name filter (`group-name`) or a naming tag (`tag:Name`), else null. */
export function filterRole (filter: string): FieldRole | null {
  const role = filter.startsWith('tag:') ? namingTagKey(filter) : fieldRole(filter)
  return role !== null && role.role === 'name' ? role : null
}

/** `"Values":` after a `Name` value (JSON, Python, YAML on the next line): an EC2 filter, not a resource's name. */
export const VALUES_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?Values\\?["']?[ \t]*[:=][ \t]*/y

/** A metric's `Unit` after its `Name` (CloudWatch embedded metric format, `"Metrics": [{"Name": "ColdStart", "Unit": "Count"}]`). */
const UNIT_AFTER = /[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*)\\?"?Unit\\?"?[ \t]*[:=]/y

/** The opening of an embedded metric format's `Metrics` list just before a `Name`. */
const METRICS_BEFORE = /\\?"?Metrics\\?"?[ \t]*:[ \t]*(?:\[[ \t\r\n]*\{|\r?\n[ \t]*-)[ \t\r\n]*\\?"?$/

/** Is the `Name` at `start`, whose value ends where `next` is, a metric's name (no resource)? */
export function isMetricDefinition (text: string, start: number, next: number): boolean {
  UNIT_AFTER.lastIndex = next
  return UNIT_AFTER.test(text) || METRICS_BEFORE.test(text.slice(Math.max(0, start - 40), start))
}

/**
 * `{"Name": "instance-type", "Values": [...]}`: the filter's name is AWS's and stays; a naming
 * filter's listed values are names, as in the shorthand (filterValues). `pos` is past `Values:`.
 */
export function filterList (text: string, filter: string, pos: number, next: number, sink: MatchSink): number {
  const role = filterRole(filter)
  if (role === null || text.charCodeAt(pos) !== 91 /* [ */) return next
  return emitList(text, pos + 1, role, filter, sink)
}

function endsFilterValue (c: number): boolean {
  // whitespace , " ' \ ] } ) ;
  return c <= 32 || c === 44 || c === 34 || c === 39 || c === 92 || c === 93 || c === 125 || c === 41 || c === 59
}

/** `{"key":"ec2:ResourceTag/Name","values":{"items":[{"value":"x"}, ...]}}` (`sts decode-authorization-message`). */
const ITEMS_AFTER = /[ \t]*,[ \t\r\n]*\\?["']?values\\?["']?[ \t]*:[ \t]*\{[ \t\r\n]*\\?["']?items\\?["']?[ \t]*:[ \t]*\[/y

const ITEM_VALUE = /[ \t\r\n]*\{[ \t\r\n]*\\?["']?value\\?["']?[ \t]*:[ \t]*/y

const ITEM_GAP = /[ \t\r\n]*\}[ \t\r\n]*,?/y

/** The values listed under a naming condition key, as in decoded authorization messages; -1 when none follow. */
export function itemValues (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  ITEMS_AFTER.lastIndex = pos
  if (ITEMS_AFTER.exec(text) === null) return -1
  let at = ITEMS_AFTER.lastIndex
  let end = -1
  for (let n = 0; n < MAX_FILTER_VALUES; n++) {
    ITEM_VALUE.lastIndex = at
    if (ITEM_VALUE.exec(text) === null) break
    const item = parseValue(text, ITEM_VALUE.lastIndex)
    if (item === null) break
    const kind = classifyValue(role, text.slice(item.start, item.end), key)
    if (kind === null) return end < 0 ? item.start : end // an ARN or id: the scanner's
    end = emit(text, item.start, item.end, item.next, kind, sink)
    ITEM_GAP.lastIndex = item.next
    if (ITEM_GAP.exec(text) === null) break
    at = ITEM_GAP.lastIndex
  }
  return end
}

/** How far back the `[` of a CloudWatch metric array may stand from a dimension name. */
const METRIC_ARRAY_REACH = 400

/**
 * A dimension of a CloudWatch metric array (dashboards, `get-metric-data` queries):
 * `["AWS/Lambda","Errors","FunctionName","<name>"]`, also inside a JSON string (`\"`). The key
 * text[keyStart, keyEnd) names what the value after the comma at `pos` is. Only in an array
 * whose first item is an `AWS/` namespace or the `"..."`/`"."` shorthand of the one above it
 * (a CSV header `"FunctionName","Runtime"` is no such array); -1 when this is none.
 */
export function handleMetricDimension (text: string, keyStart: number, keyEnd: number, pos: number, sink: MatchSink): number {
  const role = fieldRole(text.slice(keyStart, keyEnd))
  if (role === null || role.role !== 'name') return -1
  const open = lastIndexWithin(text, 91 /* [ */, keyStart, keyStart - METRIC_ARRAY_REACH)
  if (open < 0) return -1
  for (let k = open + 1; k < keyStart; k++) {
    const c = text.charCodeAt(k)
    if (c === 93 || c === 123 || c === 125 || c === 10) return -1 // `]`, `{`, `}`, a new line: not one flat array
  }
  let first = open + 1
  while (first < keyStart && (isBlank(text.charCodeAt(first)) || text.charCodeAt(first) === 92 || text.charCodeAt(first) === 34)) first++
  if (!text.startsWith('AWS/', first) && text.charCodeAt(first) !== 46 /* . */) return -1
  while (isBlank(text.charCodeAt(pos))) pos++
  const value = parseValue(text, pos)
  if (value === null || !value.quoted) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), text.slice(keyStart, keyEnd))
  return kind === null ? value.start : emit(text, value.start, value.end, value.next, kind, sink)
}

/** `filters = {` / `filter {` opening the block a key stands in: its `name` is an EC2 filter's (the AMI name), no resource's. */
const FILTER_BLOCK_OPENER = /(?:^|[\s{])filters?[ \t]*=?[ \t]*\{[^{}\n]{0,256}$/

/** How many lines above a key its filter block's opener may stand. */
const FILTER_BLOCK_LINES = 6

/** Does the HCL key at `start` stand in a `filters = { ... }` map or a `filter { ... }` block (the same line or a few above)? */
export function inFilterBlock (text: string, start: number): boolean {
  let end = start
  for (let n = 0; n < FILTER_BLOCK_LINES && end > 0; n++) {
    const newline = lastIndexWithin(text, 10, end, end - 512)
    if (newline < 0 && end > 512) return false
    const line = text.slice(newline + 1, end)
    if (FILTER_BLOCK_OPENER.test(line)) return true
    if (line.includes('}') || (n > 0 && line.trimEnd().endsWith('{'))) return false // a block closed or another opened
    end = newline
  }
  return false
}

/** AMI names AWS and the distributions publish (`al2023-ami-2023.*-x86_64`, `ubuntu/images/hvm-ssd/ubuntu-jammy-*`, `amzn2-ami-hvm-*`). */
const PUBLIC_AMI_NAME = /^(?:al20\d\d-ami-|amzn2?-ami-|ubuntu\/images\/|ubuntu-(?:pro|minimal|eks)|debian-\d|RHEL-|Windows_Server-|EC2LaunchV2-Windows_Server-|suse-sles-|bottlerocket-|amazon-eks-|fedora-coreos-|Rocky-|CentOS|Deep Learning |aws-elasticbeanstalk-|aws-parallelcluster-)/

/** Past the value at `end` when it is a public AMI name (AWS's, a distribution's, or a pattern of one), else -1. */
export function publicAmiNameEnd (text: string, end: number): number {
  const value = parseValue(text, end)
  return value !== null && PUBLIC_AMI_NAME.test(text.slice(value.start, value.end)) ? value.next : -1
}
