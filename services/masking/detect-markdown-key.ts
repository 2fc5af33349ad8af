// A key in markdown emphasis, its value after the colon: `` **`DB_PASSWORD`**: hunter2x ``,
// `**DB_PASSWORD**: hunter2x`, `` *`api_key`*: `x` ``, a table row's `` | **`DB_PASSWORD`** | x | ``. The key-value readers stop at the `*`s
// between the key and its colon; the field's role decides as it does for `DB_PASSWORD: x`.
import { classifyValue, fieldRole, parseValue, type ValueSpan } from './detect-fields.js'
import { indexWithin, isNameChar, type MatchSink } from './detect-sink.js'

const KEY_MAX = 62
/** A value in a code span is read to its closing backtick on the line, at most this far. */
const CODE_SPAN_MAX = 1024

/** `i` at a key word after `**`, `*`, `` ` `` or `` **` ``; returns past the value when the key's role masks it, else -1. */
export function handleMarkdownKey (text: string, i: number, sink: MatchSink): number {
  let k = i
  while (k < text.length && k < i + KEY_MAX && isNameChar(text.charCodeAt(k))) k++
  const keyEnd = k
  let open = i
  if (text.charCodeAt(open - 1) === 96) open-- // `` ` ``
  const stars = open >= 2 && text.startsWith('**', open - 2) ? 2 : text.charCodeAt(open - 1) === 42 ? 1 : 0
  if (stars === 0) return -1
  if (open < i) { if (text.charCodeAt(k) !== 96) return -1; k++ }
  if (!text.startsWith('**'.slice(0, stars), k) || text.charCodeAt(k + stars) === 42) return -1
  k += stars
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const sep = text.charCodeAt(k)
  if (sep !== 58 && sep !== 61 && (sep !== 124 || !opensCell(text, open - stars))) return -1 // `:` `=`, a table's `|`
  k++
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const key = text.slice(i, keyEnd)
  const role = fieldRole(key)
  if (role === null) return -1
  const value = text.charCodeAt(k) === 96 ? codeSpanAt(text, k) : parseValue(text, k)
  if (value === null || (sep === 124 && !isWholeCell(text, value))) return -1
  const kind = classifyValue(role, text.slice(value.start, value.end), key)
  if (kind === null) return -1
  sink.push(value.start, value.end, kind)
  return value.next
}

function codeSpanAt (text: string, pos: number): ValueSpan | null {
  const close = indexWithin(text, '`', pos + 1, pos + CODE_SPAN_MAX)
  if (close <= pos + 1 || indexWithin(text, '\n', pos + 1, close) >= 0) return null
  return { start: pos + 1, end: close, next: close + 1, quoted: true }
}

/** Does a table cell open right before `pos` (a `|`, blanks aside)? */
function opensCell (text: string, pos: number): boolean {
  let b = pos - 1
  while (b >= 0 && pos - b < 16 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--
  return text.charCodeAt(b) === 124
}

/** A capitalised plain word (`Required`, `Description`): a column's title or a note, as the plain table reader keeps it. */
const TITLE_WORD = /^[A-Z][a-z]+$/

/** Does the value fill its cell (blanks, then `|`), and is it no title, bold text or sentence? */
function isWholeCell (text: string, value: ValueSpan): boolean {
  let k = value.next
  while (k < value.next + 256 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++
  const raw = text.slice(value.start, value.end)
  return text.charCodeAt(k) === 124 && raw.charCodeAt(0) !== 42 && !TITLE_WORD.test(raw)
}
