// AWS Tools for PowerShell's Format-List prints a collection as `SecurityGroups : {a, b}` (cut to
// `{a, b, c, d...}` past $FormatEnumerationLimit): each item of a resource field is its value.
import { type MatchSink } from './detect-sink.js'
import { classifyValue, type FieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'

/** Collection fields that name no resource by their key's word alone (EC2's instance security groups, by name). */
const COLLECTION_FIELDS: ReadonlyMap<string, FieldRole> = new Map([
  ['SecurityGroups', { kind: 'resource_name', role: 'name' }]
])

/** At most this many chars of one collection are read (it is printed on one line). */
const MAX_COLLECTION = 4096

/** A .NET type's name, what PowerShell prints for an object item (`Amazon.EC2.Model.GroupIdentifier`): no name. */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9`]*){1,8}$/

/**
 * `start`..`end` is `Key : ` before a `{` at `end`, in Format-List's layout (the key first on its
 * line, a blank before the colon). Each name item goes to the deferred list (ids and ARNs in it
 * are the scanner's, which reads the line as usual). Returns whether it was such a collection.
 */
export function formatListCollection (text: string, start: number, end: number, key: string, role: FieldRole | null,
  sink: MatchSink): boolean {
  const fieldRole = role ?? COLLECTION_FIELDS.get(key)
  if (fieldRole === undefined || fieldRole.role !== 'name' || !isFormatListKey(text, start, end)) return false
  const limit = Math.min(text.length, end + MAX_COLLECTION)
  let close = end + 1
  while (close < limit && text.charCodeAt(close) !== 125 && text.charCodeAt(close) !== 10) close++
  if (text.charCodeAt(close) !== 125) return false
  let from = end + 1
  for (let n = 0; n < 100 && from < close; n++) {
    let to = from
    while (to < close && text.charCodeAt(to) !== 44) to++
    let itemEnd = to
    if (to === close && text.startsWith('...', to - 3)) itemEnd -= 3 // cut by $FormatEnumerationLimit
    const item = text.slice(from, itemEnd)
    if (item.length > 0 && !TYPE_NAME.test(item)) {
      const kind = classifyValue(fieldRole, item, key)
      if (kind !== null) (sink.deferred ??= []).push({ start: from, end: itemEnd, kind: wholeIdKind(item) ?? kind })
    }
    from = to + 1
    while (from < close && text.charCodeAt(from) === 32) from++
  }
  return true
}

/** `Key   : ` at its line's start, a blank before the colon (PowerShell pads the keys to one column). */
function isFormatListKey (text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false
  let colon = end - 1
  while (colon > start && text.charCodeAt(colon) === 32) colon--
  return text.charCodeAt(colon) === 58 && text.charCodeAt(colon - 1) === 32 && text.charCodeAt(end - 1) === 32
}
