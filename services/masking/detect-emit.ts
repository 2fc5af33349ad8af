// The emit helpers the key=value handlers share: push one value (or a quoted list) with its kind.
import { type MatchSink } from './detect-sink.js'
import { classifyValue, parseValue, type FieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'

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
    sink.push(item.start, item.end, wholeIdKind(text.slice(item.start, item.end)) ?? itemKind)
    pos = item.next
  }
  return pos
}

export function emit (text: string, start: number, end: number, next: number, kind: string, sink: MatchSink): number {
  sink.push(start, end, wholeIdKind(text.slice(start, end)) ?? kind)
  return next
}
