// `key: value` forms in flat text: JSON (`"BucketName": "x"`, also JSON inside a JSON string
// with `\"`), YAML, env files, Terraform (`bucket = "x"`), CLI flags (`--function-name x`),
// URL queries (`X-Amz-Security-Token=...`), AWS CLI tags (`Key=Name,Value=web-1`).
import { isNameChar, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, parseValue } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'
import { maskLogGroupName } from './detect-loggroup.js'

export const KV_SOURCE =
  '(?:--[a-z][a-z0-9-]{1,40}(?:[ \\t]+|=)|(?:\\\\?["\'])?[A-Za-z_][A-Za-z0-9_.-]{0,60}(?:\\\\?["\'])?[ \\t]*(?:=>|[:=])[ \\t]*)'

const TAG_VALUE_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?Value\\?["']?[ \t]*[:=][ \t]*/y
const TAG_NAME_BEFORE = /Key\\?["']?[ \t]*[:=][ \t]*\\?["']?Name\\?["']?[ \t]*,?[ \t\r\n-]*\\?["']?$/
const TAG_NAME_AFTER = /[ \t]*,?[ \t\r\n]*\\?["']?Key\\?["']?[ \t]*[:=][ \t]*\\?["']?Name(?![A-Za-z0-9])/y

function keyOf (text: string, start: number, end: number): string {
  let i = start
  for (let c = text.charCodeAt(i); i < end && (c === 45 || c === 92 || c === 34 || c === 39); c = text.charCodeAt(++i));
  let j = i
  while (j < end && isNameChar(text.charCodeAt(j))) j++
  return text.slice(i, j)
}

export function handleKeyValue (text: string, start: number, end: number, sink: MatchSink): number {
  let key = keyOf(text, start, end)
  if (key === 'name' && text.startsWith('--', start)) key = 'Name' // `--name x`: a name when it looks like one
  const role = fieldRole(key)
  if (role === null) return -1
  let value = parseValue(text, end)
  if (value === null) return -1
  let raw = text.slice(value.start, value.end)
  if (role.role === 'secret' && /^(?:Bearer|Basic|Token)$/i.test(raw) && text.charCodeAt(value.end) === 32) {
    const credential = parseValue(text, value.end + 1) // the scheme stays readable
    if (credential === null) return -1
    value = credential
    raw = text.slice(value.start, value.end)
  }
  if (role.role === 'tagkey') {
    if (raw !== 'Name') return -1
    TAG_VALUE_AFTER.lastIndex = value.next
    if (TAG_VALUE_AFTER.exec(text) === null) return -1
    const tagValue = parseValue(text, TAG_VALUE_AFTER.lastIndex)
    if (tagValue === null) return value.next
    const kind = classifyValue(role, text.slice(tagValue.start, tagValue.end), 'Value')
    return kind === null ? tagValue.start : emit(text, tagValue.start, tagValue.end, tagValue.next, kind, sink)
  }
  if (role.role === 'tag') {
    TAG_NAME_AFTER.lastIndex = value.next
    const named = TAG_NAME_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || TAG_NAME_AFTER.test(text)
    if (!named) return -1
  }
  if (role.kind === 'log_group' && raw.startsWith('/aws/')) {
    maskLogGroupName(text, value.start, value.end, sink)
    return value.next
  }
  const kind = classifyValue(role, raw, key)
  if (kind === null) return value.start // let the scanner look inside (ARNs, ids, URLs)
  return emit(text, value.start, value.end, value.next, kind, sink)
}

function emit (text: string, start: number, end: number, next: number, kind: string, sink: MatchSink): number {
  sink.push(start, end, wholeIdKind(text.slice(start, end)) ?? kind)
  return next
}
