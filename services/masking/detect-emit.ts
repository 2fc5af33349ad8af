// The emit helpers the key=value handlers share: push one value (or a quoted list) with its kind.
import { type MatchSink } from './detect-sink.js'
import { classifyValue, parseValue, type FieldRole } from './detect-fields.js'
import { fieldIdKind } from './detect-ids.js'

export function isBlank (c: number): boolean {
  return c === 32 || c === 9
}

const LIST_GAP = /[\s,]*/y

/** `"ReadReplicaDBInstanceIdentifiers": [ "a", "b" ]`, `subnet_ids = ["x"]`: each quoted item. */
export function emitList (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): number {
  for (let n = 0; n < 100; n++) {
    LIST_GAP.lastIndex = pos
    LIST_GAP.exec(text)
    const q = text.charCodeAt(LIST_GAP.lastIndex)
    if (q !== 34 && q !== 39 && q !== 92) return pos
    const item = parseValue(text, LIST_GAP.lastIndex)
    if (item === null) return pos
    const itemKind = classifyValue(role, text.slice(item.start, item.end), key)
    if (itemKind === null) return item.start // let the scanner look inside (ARNs, ids)
    sink.push(item.start, item.end, fieldIdKind(text.slice(item.start, item.end), itemKind))
    pos = item.next
  }
  return pos
}

export function emit (text: string, start: number, end: number, next: number, kind: string, sink: MatchSink): number {
  sink.push(start, end, fieldIdKind(text.slice(start, end), kind))
  return next
}

/** At most this many items of a YAML block list are read. */
const BLOCK_LIST_ITEMS = 100
/** One item line of a YAML block list, a scalar alone on it (a trailing comment aside): its indent, the item, quoted or bare. */
const BLOCK_ITEM = /\r?\n([ \t]{0,40})-[ \t]+(?:"([^"\\\r\n]{1,255})"|'([^'\r\n]{1,255})'|([^\s#'"{[][^\s#]{0,254}))[ \t]*(?:#[^\r\n]{0,200})?(?=\r?\n|$)/y

/**
 * A name key opening a YAML block list (`IAMRole:` then `  - "ci-deployer"` lines, aws-nuke's
 * filters; `SecurityGroupNames:`): each scalar item is the key's value. `pos` is at the end of the
 * key's line. Matches go to the deferred list (the lines are scanned as usual too); a mapping item
 * (`- type: glob`) or any other line ends the list.
 */
export function deferBlockList (text: string, pos: number, role: FieldRole, key: string, sink: MatchSink): void {
  let at = pos
  let indent = -1
  for (let n = 0; n < BLOCK_LIST_ITEMS; n++) {
    BLOCK_ITEM.lastIndex = at
    const m = BLOCK_ITEM.exec(text)
    if (m === null || (indent >= 0 && m[1].length !== indent)) return
    indent = m[1].length
    at = BLOCK_ITEM.lastIndex
    const value = m[2] ?? m[3] ?? m[4]
    if (m[4] !== undefined && /:(?:[ \t]|$)/.test(value)) return // `- type: glob`: a mapping, not a name
    const kind = classifyValue(role, value, key)
    if (kind === null) continue // an ARN, an id, a pattern: the scanner reads it
    const start = text.indexOf(value, at - m[0].length)
    ;(sink.deferred ??= []).push({ start, end: start + value.length, kind: fieldIdKind(value, kind) })
  }
}
