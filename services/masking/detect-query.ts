// `aws ... --query 'UserPoolClient.[ClientName,ClientSecret]'` prints a JSON list of those fields'
// values with no key beside them. A list of as many items as the selection, printed right after
// the command line, is read item by item as the selected fields' values (a secret, a name), as
// they would be under their keys; with `--output text`, each tab-separated row too. Matches go to
// the deferred list; the output is scanned as usual.
import { classifyValue, fieldRole } from './detect-fields.js'
import { isReservedName } from './detect-prose.js'
import { API_EXECUTION_LOGS, isAwsMadeLogGroup } from './detect-loggroup.js'
import type { MatchSink } from './detect-sink.js'

const MAX_EXPRESSION = 512
const MAX_OUTPUT = 16_384
/** A selected field: a key, or a path whose last key names it (`Endpoint.Address`). */
const SELECTED = /^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,4}$/

/** `at` is just past `--query`: reads the selection and the list printed under the command. */
export function handleQueryList (text: string, at: number, sink: MatchSink): void {
  const fields = selectedFields(text, at)
  if (fields === undefined) return
  let eol = text.indexOf('\n', at)
  while (eol > 0 && eol - at < MAX_EXPRESSION && text.charCodeAt(eol - 1) === 92) eol = text.indexOf('\n', eol + 1) // `\` continues the line
  if (eol < 0 || eol - at >= MAX_EXPRESSION) return
  let pos = eol + 1
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 13 || text.charCodeAt(pos) === 10)) pos++
  const textOutput = TEXT_OUTPUT.test(text.slice(at, eol))
  if (text.charCodeAt(pos) !== 91 && !textOutput) return // no JSON list printed under it
  const found = textOutput ? tabbedValues(text, eol + 1, fields) : listedValues(text, pos, fields)
  if (found.length === 0) return
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
}

/** The names of the fields a trailing multi-select list picks (`...[A,B.C]` -> A, C), or undefined. */
function selectedFields (text: string, at: number): string[] | undefined {
  let pos = at
  if (text.charCodeAt(pos) !== 32 && text.charCodeAt(pos) !== 61) return undefined
  pos++
  const quote = text.charCodeAt(pos)
  const quoted = quote === 39 || quote === 34
  if (quoted) pos++
  let end = pos
  const limit = Math.min(text.length, pos + MAX_EXPRESSION)
  while (end < limit && (quoted ? text.charCodeAt(end) !== quote : text.charCodeAt(end) > 32)) end++
  if (end === limit || text.charCodeAt(end - 1) !== 93) return undefined
  const open = text.lastIndexOf('[', end - 1)
  if (open < pos) return undefined
  const fields = text.slice(open + 1, end - 1).split(',').map((field) => field.trim())
  if (fields.length < 2 || !fields.every((field) => SELECTED.test(field))) return undefined
  return fields.map((field) => field.slice(field.lastIndexOf('.') + 1))
}

interface Item { start: number, end: number, value: string }
interface List { items: Array<Item | null>, current: Item | null, seen: boolean }

/** Values of the string items of each list (at any depth) holding exactly one item per field. */
function listedValues (text: string, from: number, fields: string[]): Array<{ start: number, end: number, kind: string }> {
  const found: Array<{ start: number, end: number, kind: string }> = []
  const open: List[] = []
  const limit = Math.min(text.length, from + MAX_OUTPUT)
  for (let pos = from; pos < limit; pos++) {
    const c = text.charCodeAt(pos)
    const list = open.at(-1)
    if (c === 91) {
      if (list !== undefined) { list.seen = true; list.current = null } // a list as an item
      open.push({ items: [], current: null, seen: false })
    } else if (list === undefined) {
      break
    } else if (c === 44) {
      list.items.push(list.current)
      list.current = null
      list.seen = false
    } else if (c === 93) {
      open.pop()
      if (list.seen || list.items.length > 0) list.items.push(list.current)
      if (list.items.length === fields.length) read(list.items, fields, found)
      if (open.length === 0) break // the whole printed list is read
    } else if (c === 34) {
      let end = pos + 1
      while (end < limit && text.charCodeAt(end) !== 34 && text.charCodeAt(end) !== 92 && text.charCodeAt(end) !== 10) end++
      if (text.charCodeAt(end) !== 34) break // an escape or a cut string: not read
      list.current = { start: pos + 1, end, value: text.slice(pos + 1, end) }
      list.seen = true
      pos = end
    } else if (c > 32) {
      list.seen = true // a number, null, true or false
    }
  }
  return found
}

/** `--output text` on the command line: the selection is printed as tab-separated rows. */
const TEXT_OUTPUT = /--output[ =]text(?![A-Za-z])/
const MAX_ROWS = 64

/** The columns of each row printed right under the command holding one column per field, tabs between them. */
function tabbedValues (text: string, from: number, fields: string[]): Array<{ start: number, end: number, kind: string }> {
  const found: Array<{ start: number, end: number, kind: string }> = []
  const limit = Math.min(text.length, from + MAX_OUTPUT)
  let pos = from
  for (let n = 0; n < MAX_ROWS && pos < limit; n++) {
    let eol = text.indexOf('\n', pos)
    if (eol < 0 || eol > limit) eol = limit
    const end = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol
    const items: Item[] = []
    for (let start = pos; start <= end;) {
      let tab = text.indexOf('\t', start)
      if (tab < 0 || tab > end) tab = end
      items.push({ start, end: tab, value: text.slice(start, tab) })
      start = tab + 1
    }
    if (items.length !== fields.length) break // a row of another shape, the next prompt: the output is over
    read(items, fields, found)
    pos = eol + 1
  }
  return found
}

/** Each string item read as its field's value. */
function read (items: Array<Item | null>, fields: string[], found: Array<{ start: number, end: number, kind: string }>): void {
  items.forEach((item, i) => {
    if (item === null || item.value === '') return
    const role = fieldRole(fields[i])
    if (role === null || (role.role !== 'name' && role.role !== 'secret')) return
    if (role.role === 'name' && isReservedName(item.value)) return
    if (role.kind === 'log_group' && isAwsLogGroup(item.value)) return // AWS's own, or its ids the scanner masks (`API-Gateway-Execution-Logs_<api id>/prod`)
    const kind = classifyValue(role, item.value, fields[i])
    if (kind !== null) found.push({ start: item.start, end: item.end, kind })
  })
}

function isAwsLogGroup (name: string): boolean {
  return name.startsWith('/aws/') || name.startsWith(API_EXECUTION_LOGS) || isAwsMadeLogGroup(name)
}

/** `{.data.DB_PASSWORD}` (or `.stringData`, bracketed `['DB_PASSWORD']`): the secret's key. */
const JSONPATH_KEY = /['"]?\{\.(?:data|stringData)(?:\.([A-Za-z_][A-Za-z0-9_.-]{0,127})|\[['"]([A-Za-z_][A-Za-z0-9_.-]{0,127})['"]\])\}['"]?/y
const MAX_PRINTED = 4096

/**
 * `kubectl get secret x -o jsonpath='{.data.DB_PASSWORD}' | base64 -d` prints one key's value
 * (decoded, or base64 that decodes to it) on the next line with nothing beside it: it is read as
 * that key's value. `at` is just past `jsonpath` (after `-o ` / `-o=` / `--output=`).
 */
export function handleJsonpathValue (text: string, at: number, sink: MatchSink): void {
  if (text.charCodeAt(at) !== 61) return // jsonpath=
  JSONPATH_KEY.lastIndex = at + 1
  const m = JSONPATH_KEY.exec(text)
  if (m === null) return
  const key = m[1] ?? m[2]
  const eol = text.indexOf('\n', JSONPATH_KEY.lastIndex)
  if (eol < 0 || eol - at > MAX_EXPRESSION) return
  let start = eol + 1
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++
  let end = start
  const limit = Math.min(text.length, start + MAX_PRINTED)
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
  if (end === start || end === limit) return
  const value = text.slice(start, end)
  if (/^[$#>]\s|^kubectl\s/.test(value)) return // the next prompt or command: nothing was printed
  const role = fieldRole(key)
  if (role === null || role.role !== 'secret') return
  const kind = classifyValue(role, value, key)
  if (kind === null) return
  const deferred = sink.deferred ?? (sink.deferred = [])
  deferred.push({ start, end, kind })
}
