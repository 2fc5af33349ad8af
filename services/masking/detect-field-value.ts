// A value whose field says what it is, found outside the key/value reader (an XML element, a
// Dockerfile ENV line, an environment lookup's default): masked as that field's value would be.
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'
import { isReservedName } from './detect-prose.js'

/** Pushes text[start, start + value.length) when `key` names a resource or holds a secret and `value` is one; its end, or -1. */
export function pushFieldValue (key: string, value: string, start: number, sink: MatchSink): number {
  const role = fieldRole(key)
  if (role === null || (role.role !== 'name' && role.role !== 'secret')) return -1
  if (role.role === 'name' && isReservedName(value)) return -1
  const kind = classifyValue(role, value, key)
  if (kind === null) return -1
  sink.push(start, start + value.length, kind)
  return start + value.length
}
