// Typed attribute values: Verified Permissions writes an entity's attribute as
// `"bucket": { "string": "x" }` (Cedar's typed values), DynamoDB an item's as `"bucket": {"S": "x"}`.
// The field naming the value sits one level up, on the wrapper: the value is read as that field's
// (`bucket` as a bucket's name). Also as JSON in a JSON string (`{\"bucket\": {\"S\": \"x\"}}`).
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, parseValue } from './detect-fields.js'
import { keyBefore, runBefore } from './detect-parent.js'

/** The keys of a typed value's wrapper: Cedar's (Verified Permissions) and DynamoDB's for a string. */
export const TYPED_STRING_KEYS: ReadonlySet<string> = new Set(['string', 'S'])

function skipBlanks (text: string, p: number, step: 1 | -1): number {
  for (let n = 0; n < 64; n++, p += step) {
    const c = text.charCodeAt(p)
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return p
  }
  return p
}

/**
 * text[i, i + len) is the key `string` or `S` (after its quote), `pos` past its `:`: when it is the
 * only key of an object under a field that names a resource, masks its value as that field's.
 */
export function handleTypedValue (text: string, i: number, len: number, pos: number, sink: MatchSink): number {
  if (text.charCodeAt(i - 1) !== 34) return -1
  const run = runBefore(text, i - 1)
  const level = run === 0 ? 0 : run === 1 ? 1 : run === 3 ? 2 : -1
  if (level < 0 || text.charCodeAt(i + len + run) !== 34 || runBefore(text, i + len + run) !== run) return -1
  const value = parseValue(text, skipBlanks(text, pos, 1))
  if (value === null || !value.quoted) return -1
  const open = skipBlanks(text, i - 2 - run, -1)
  if (text.charCodeAt(open) !== 123 || text.charCodeAt(skipBlanks(text, value.next, 1)) !== 125) return -1 // the wrapper's only key
  const key = keyBefore(text, open, level, run)
  if (key === null) return -1
  const field = text.slice(key[0] + 1, key[1])
  const role = fieldRole(field)
  if (role === null || role.role === 'tag' || role.role === 'tagkey') return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), field)
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}
