// A plural name key opening a YAML block map whose labels are the key's own (Loki's storage):
//   bucketNames:
//     chunks: acme-loki-chunks
//     ruler: acme-loki-ruler
// each entry's scalar is one name, as its flow list's items would be (a block list's `- x`
// items are deferBlockList's). A nested object or any other line ends the block.
import { classifyValue, parseValue, type FieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'
import type { MatchSink } from './detect-sink.js'

const MAX_ENTRIES = 64
/** An entry line's indentation and plain label, then the value's start. */
const ENTRY_LINE = /([ \t]{0,40})[A-Za-z_][A-Za-z0-9_.-]{0,60}:[ \t]+/y

/** The column of `start` in its line. */
function columnOf (text: string, start: number): number {
  return start - (text.lastIndexOf('\n', start - 1) + 1)
}

/** `eol` is the line end right after `key:` at `keyStart`: defers each name-shaped entry value of the map below. */
export function deferBlockMap (text: string, keyStart: number, eol: number, role: FieldRole, key: string, sink: MatchSink): void {
  const indent = columnOf(text, keyStart)
  let pos = text.charCodeAt(eol) === 13 ? eol + 2 : eol + 1
  let entryIndent = -1
  for (let n = 0; n < MAX_ENTRIES && pos < text.length; n++) {
    ENTRY_LINE.lastIndex = pos
    const m = ENTRY_LINE.exec(text)
    if (m === null || m[1].length <= indent || (entryIndent >= 0 && m[1].length !== entryIndent)) return // the block is over
    entryIndent = m[1].length
    const value = parseValue(text, ENTRY_LINE.lastIndex)
    if (value === null || !atLineEnd(text, value.next)) return // a nested object, a flow list, prose
    const raw = text.slice(value.start, value.end)
    const kind = classifyValue(role, raw, key)
    if (kind !== null) (sink.deferred ??= []).push({ start: value.start, end: value.end, kind: wholeIdKind(raw) ?? kind })
    const next = text.indexOf('\n', value.next)
    if (next < 0) return
    pos = next + 1
  }
}

/** Only blanks, a comment or a `\r` remain on the line. */
function atLineEnd (text: string, pos: number): boolean {
  let i = pos
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++
  const c = text.charCodeAt(i)
  return Number.isNaN(c) || c === 10 || c === 13 || (c === 35 && i > pos)
}
