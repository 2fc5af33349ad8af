// `aws ... --query 'UserPoolClient.[ClientName,ClientSecret]'` prints a JSON list of those fields'
// values with no key beside them. A list of as many items as the selection, printed right after
// the command line, is read item by item as the selected fields' values (a secret, a name), as
// they would be under their keys; with `--output text`, each tab-separated row too. A hash
// (`{Id:CacheClusterId}`) prints each field under its own key (JSON, a table's header) or, sorted
// by key, as text columns; one field of every item (`Buckets[].Name`) prints a list, or words on a
// line. Matches go to the deferred list; the output is scanned as usual.
import { classifyValue, fieldRole, type FieldRole } from './detect-fields.js'
import { CAPITALISED_NAME_FIELD } from './catalogue.js'
import { listItemNameField } from './detect-parent.js'
import { isReservedName } from './detect-prose.js'
import { API_EXECUTION_LOGS, isAwsMadeLogGroup } from './detect-loggroup.js'
import type { MatchSink } from './detect-sink.js'

const MAX_EXPRESSION = 512
const MAX_OUTPUT = 16_384
/** A selected field: a key, or a path whose last key names it (`Endpoint.Address`). */
const SELECTED = /^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,4}$/

/** `at` is just past `--query`: reads the selection and the list printed under the command. */
export function handleQueryList (text: string, at: number, sink: MatchSink): void {
  const sel = selection(text, at)
  if (sel === undefined) return
  let eol = text.indexOf('\n', at)
  while (eol > 0 && eol - at < MAX_EXPRESSION && text.charCodeAt(eol - 1) === 92) eol = text.indexOf('\n', eol + 1) // `\` continues the line
  if (eol < 0 || eol - at >= MAX_EXPRESSION) return
  let pos = eol + 1
  while (pos < text.length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 13 || text.charCodeAt(pos) === 10)) pos++
  const line = text.slice(at, eol)
  const output = TEXT_OUTPUT.test(line) ? 'text' : TABLE_OUTPUT.test(line) ? 'table' : YAML_OUTPUT.test(line) ? 'yaml' : 'json'
  let found: Found[] = []
  if (output === 'text') found = sel.each ? eachTabbedValue(text, eol + 1, sel) : tabbedValues(text, eol + 1, sel)
  else if (output === 'yaml') found = yamlValues(text, pos, sel)
  else if (output === 'table') found = tableValues(text, eol + 1, sel)
  else if (sel.keys !== undefined) found = text.charCodeAt(pos) === 91 || text.charCodeAt(pos) === 123 ? keyedValues(text, pos, sel, sel.keys) : []
  else if (text.charCodeAt(pos) === 91) found = listedValues(text, pos, sel)
  if (found.length === 0) return
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
}

interface Found { start: number, end: number, kind: string }
/**
 * What `--query` prints: the selected fields in print order, and for a hash (`{Id:CacheClusterId}`)
 * the keys they are printed under (the CLI sorts them); `each` when one field is printed for
 * every item (`Buckets[].Name`); `list` the key of the list its `Name` is taken from.
 */
interface Selection { fields: string[], keys?: string[], each: boolean, list?: string }

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/
/** `Buckets[].Name`, `Reservations[].Instances[*].InstanceId`, `Buckets[?CreationDate>'x'].Name`: the list and the field. */
const EACH_FIELD = /([A-Za-z_][A-Za-z0-9_]{0,63})\[[^\]]{0,256}\]\.([A-Za-z_][A-Za-z0-9_]{0,63})$/
/** The list a hash's items come from: `Buckets[].{...}`. */
const LIST_BEFORE = /([A-Za-z_][A-Za-z0-9_]{0,63})\[[^\]]{0,256}\]\.?$/

/** The selection of a `--query` expression, or undefined when it prints no field by name. */
function selection (text: string, at: number): Selection | undefined {
  let pos = at
  if (text.charCodeAt(pos) !== 32 && text.charCodeAt(pos) !== 61) return undefined
  pos++
  const quote = text.charCodeAt(pos)
  const quoted = quote === 39 || quote === 34
  if (quoted) pos++
  let end = pos
  const limit = Math.min(text.length, pos + MAX_EXPRESSION)
  while (end < limit && (quoted ? text.charCodeAt(end) !== quote : text.charCodeAt(end) > 32)) end++
  if (end === limit) return undefined
  const last = text.charCodeAt(end - 1)
  if (last === 93) { // a trailing multi-select list: `...[A,B.C]` -> A, C; `[InstanceId,Tags[?Key==\`Name\`].Value|[0]]` -> InstanceId, Name
    const open = openingBracket(text, pos, end - 1)
    if (open < pos) return undefined
    const fields = topLevelItems(text.slice(open + 1, end - 1)).map((field) => NAME_TAG_VALUE.test(field) ? 'Name' : field)
    if (fields.length < 2 || !fields.every((field) => SELECTED.test(field))) return undefined
    return { fields: fields.map(lastKey), each: false }
  }
  if (last === 125) { // a trailing hash: `...{Snap:SnapshottingClusterId,Id:CacheClusterId}`
    const open = text.lastIndexOf('{', end - 1)
    if (open < pos) return undefined
    const pairs = text.slice(open + 1, end - 1).split(',').map((pair) => pair.split(':').map((part) => part.trim()))
    if (!pairs.every((pair) => pair.length === 2 && ALIAS.test(pair[0]) && SELECTED.test(pair[1]))) return undefined
    pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) // as the CLI prints a hash's keys
    return { fields: pairs.map((pair) => lastKey(pair[1])), keys: pairs.map((pair) => pair[0]), each: false, list: LIST_BEFORE.exec(text.slice(pos, open))?.[1] }
  }
  const each = EACH_FIELD.exec(text.slice(pos, end))
  return each === null ? undefined : { fields: [each[2]], each: true, list: each[1] }
}

/** The Name tag's value selected in a multi-select list: `Tags[?Key==\`Name\`].Value | [0]` (or `'Name'`, `[0]` or none after it). */
const NAME_TAG_VALUE = /^Tags\[\?[ ]?Key[ ]?==[ ]?(?:`Name`|'Name'|\\"Name\\")[ ]?\]\.Value(?:[ ]?\|?[ ]?\[0\])?$/

/** The `[` that the `]` at `close` closes (brackets and backtick literals between counted), or -1. */
function openingBracket (text: string, from: number, close: number): number {
  let depth = 0
  for (let k = close; k >= from; k--) {
    const c = text.charCodeAt(k)
    if (c === 93) depth++
    else if (c === 91 && --depth === 0) return k
  }
  return -1
}

/** The items of a multi-select list, split at its top-level commas, trimmed. */
function topLevelItems (inner: string): string[] {
  const items: string[] = []
  let depth = 0
  let start = 0
  for (let k = 0; k < inner.length; k++) {
    const c = inner.charCodeAt(k)
    if (c === 91) depth++
    else if (c === 93) depth--
    else if (c === 44 && depth === 0) { items.push(inner.slice(start, k).trim()); start = k + 1 }
  }
  items.push(inner.slice(start).trim())
  return items
}

function lastKey (field: string): string {
  return field.slice(field.lastIndexOf('.') + 1)
}

interface Item { start: number, end: number, value: string }
interface List { items: Array<Item | null>, current: Item | null, seen: boolean }

/** Values of the string items of each list (at any depth) holding exactly one item per field (every item: `each`). */
function listedValues (text: string, from: number, sel: Selection): Found[] {
  const found: Found[] = []
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
      if (sel.each) for (const item of list.items) read([item], sel, found)
      else if (list.items.length === sel.fields.length) read(list.items, sel, found)
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

/** `--output yaml` (or `yaml-stream`) on the command line: the selection is printed as YAML. */
const YAML_OUTPUT = /--output[ =]yaml(?:-stream)?(?![A-Za-z])/
/** One line of YAML output: the list dashes and indent, an optional key, then a scalar (quoted or bare). */
const YAML_LINE = /^([ ]{0,40}(?:- ){0,8})(?:([A-Za-z_][A-Za-z0-9_]{0,63}):[ ])?(?:'([^'\r\n]{1,1024})'|"([^"\\\r\n]{1,1024})"|([^ '"\r\n][^\r\n]{0,1023}))\r?$/

/**
 * YAML output: a hash's values each on its alias's line (`- Id: x` then `  Snap: y`); a list's
 * (`[A,B]`, nested `- - a`) one scalar a line, field after field; one field of every item one
 * `- x` a line. The first line of another shape ends it.
 */
function yamlValues (text: string, from: number, sel: Selection): Found[] {
  const found: Found[] = []
  const limit = Math.min(text.length, from + MAX_OUTPUT)
  let pos = from
  for (let n = 0; n < MAX_ROWS * 4 && pos < limit; n++) {
    let eol = text.indexOf('\n', pos)
    if (eol < 0 || eol > limit) eol = limit
    const m = YAML_LINE.exec(text.slice(pos, eol))
    if (m === null) break
    const key = m[2]
    const value = m[3] ?? m[4] ?? m[5]
    const start = pos + m[0].indexOf(value, m[1].length + (key === undefined ? 0 : key.length + 2))
    let i = -1
    if (sel.keys !== undefined) i = key === undefined ? -1 : sel.keys.indexOf(key)
    else if (key === undefined && m[1].includes('- ')) i = sel.each ? 0 : n % sel.fields.length
    if (i < 0) break
    read([{ start, end: start + value.length, value }], { ...sel, fields: [sel.fields[i]] }, found)
    pos = eol + 1
  }
  return found
}

/** Resources a selected field's name ends with, before `Id`, `Identifier` or `Name` (`SnapshottingClusterId`). */
const RESOURCE_FIELD = /(?:Cluster|ReplicationGroup|SubnetGroup|SecurityGroup|AutoScalingGroup|Snapshot|Instance|Table|Queue|Topic|Function|Bucket|Stream|Stack|Repository|Pipeline|Vault|Domain|Broker|Database|Alarm|Secret|Project|Workgroup|Crawler|Job|Trail|Dashboard|Layer|Application|Service|Role|User|Profile|Registry|Namespace|Mesh|Firewall|Accelerator)(?:Id|Identifier|Name)$/

/**
 * A field `--query` selects that has no role under its own key (`SnapshottingClusterId`,
 * `SourceDBSnapshotIdentifier`): a customer resource's name when its key ends with one, and
 * the value is no number (`CacheNodeId: 0001`) nor AWS's default (`default.redis7`).
 */
function resourceFieldRole (field: string, value: string): FieldRole | null {
  if (!RESOURCE_FIELD.test(field) || /^[0-9]+$/.test(value) || value.startsWith('default')) return null
  return { kind: 'resource_name', role: 'name' }
}

/** `--output text` / `--output table` on the command line: the selection is printed as tab-separated rows, or a table. */
const TEXT_OUTPUT = /--output[ =]text(?![A-Za-z])/
const TABLE_OUTPUT = /--output[ =]table(?![A-Za-z])/
const MAX_ROWS = 64

/** The tab-separated items of each line from `from` on, MAX_ROWS lines at most. */
function * tabbedRows (text: string, from: number): Generator<{ items: Item[] }> {
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
    yield { items }
    pos = eol + 1
  }
}

/** The columns of each row printed right under the command holding one column per field, tabs between them. */
function tabbedValues (text: string, from: number, sel: Selection): Found[] {
  const found: Found[] = []
  for (const { items } of tabbedRows(text, from)) {
    if (items.length !== sel.fields.length) break // a row of another shape, the next prompt: the output is over
    read(items, sel, found)
  }
  return found
}

/**
 * One field of every item (`Buckets[].Name`): every tab-separated word of the line under the
 * command, and of the next lines (one per nested list) while each word is shaped as a name: a
 * line of prose, a blank line or a bare word (`Thanks`) ends the output.
 */
function eachTabbedValue (text: string, from: number, sel: Selection): Found[] {
  const found: Found[] = []
  let first = true
  for (const { items } of tabbedRows(text, from)) {
    if (!items.every((item) => item.value.length > 0 && !/\s/.test(item.value) && (first || /[-_.0-9]/.test(item.value)))) break
    for (const item of items) read([item], sel, found)
    first = false
  }
  return found
}

/**
 * A table of a hash's values: the row of its keys (the header), then rows of as many cells; of a
 * list's (`[A,B]`, `Buckets[].Name`): the title row (the operation), then rows of one cell per field.
 */
function tableValues (text: string, from: number, sel: Selection): Found[] {
  const found: Found[] = []
  const keys = sel.keys
  const width = sel.each ? 1 : sel.fields.length
  let header = false
  const limit = Math.min(text.length, from + MAX_OUTPUT)
  let pos = from
  for (let n = 0; n < MAX_ROWS && pos < limit; n++) {
    let eol = text.indexOf('\n', pos)
    if (eol < 0 || eol > limit) eol = limit
    let p = pos
    while (p < eol && text.charCodeAt(p) === 32) p++
    const c = text.charCodeAt(p)
    if (c !== 124 && c !== 43 && c !== 45) break // no table line (`|`, `+`, `-`): the table is over
    const cells = c === 124 ? tableCells(text, p, eol) : []
    if (!header) header = keys === undefined ? cells.length === 1 : cells.length === keys.length && cells.every((cell, i) => cell.value === keys[i])
    else if (cells.length === width) read(sel.each ? [cells[0]] : cells, sel, found)
    pos = eol + 1
  }
  return found
}

/** The trimmed cells of a `| a | b |` line. */
function tableCells (text: string, bar: number, eol: number): Item[] {
  const cells: Item[] = []
  for (let start = bar + 1; start < eol;) {
    const next = text.indexOf('|', start)
    if (next < 0 || next > eol) break
    let s = start
    let e = next
    while (s < e && text.charCodeAt(s) === 32) s++
    while (e > s && text.charCodeAt(e - 1) === 32) e--
    cells.push({ start: s, end: e, value: text.slice(s, e) })
    start = next + 1
  }
  return cells
}

const KEYED = /"([A-Za-z_][A-Za-z0-9_]{0,63})"[ \t]*:[ \t]*"([^"\\\n]{1,1024})"/g

/** A hash's values printed as JSON (`{"Id": "x", "Snap": "y"}`): each under its key, read as the field the key stands for. */
function keyedValues (text: string, from: number, sel: Selection, keys: string[]): Found[] {
  const found: Found[] = []
  const end = jsonEnd(text, from)
  KEYED.lastIndex = from
  for (let m = KEYED.exec(text); m !== null && m.index < end; m = KEYED.exec(text)) {
    const i = keys.indexOf(m[1])
    if (i < 0) continue
    const start = KEYED.lastIndex - 1 - m[2].length
    read([{ start, end: start + m[2].length, value: m[2] }], { ...sel, fields: [sel.fields[i]] }, found)
  }
  return found
}

/** Where the JSON value opening at `from` closes (strings stepped over), bounded by MAX_OUTPUT. */
function jsonEnd (text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_OUTPUT)
  let depth = 0
  for (let pos = from; pos < limit; pos++) {
    const c = text.charCodeAt(pos)
    if (c === 34) {
      pos++
      while (pos < limit && text.charCodeAt(pos) !== 34) pos += text.charCodeAt(pos) === 92 ? 2 : 1
    } else if (c === 91 || c === 123) depth++
    else if ((c === 93 || c === 125) && --depth === 0) return pos
  }
  return limit
}

/** What `--query` selects is an AWS API's field, never a chat or tool key: a lower-case `name` there is a resource's. */
const CAMEL_CASE_NAME = 'name'

/** Each string item read as its field's value (`Name` of a listed resource as that resource's name). */
function read (items: Array<Item | null>, sel: Selection, found: Found[]): void {
  items.forEach((item, i) => {
    if (item === null || item.value === '') return
    const selected = sel.fields[i] === CAMEL_CASE_NAME ? CAPITALISED_NAME_FIELD : sel.fields[i] // the camelCase APIs' `name` (VPC Lattice, RAM, EKS): the resource's own, as `Name`
    const field = selected === CAPITALISED_NAME_FIELD && sel.list !== undefined ? listItemNameField(sel.list, item.value) ?? CAPITALISED_NAME_FIELD : selected
    const role = fieldRole(field) ?? resourceFieldRole(field, item.value)
    if (role === null || (role.role !== 'name' && role.role !== 'secret')) return
    if (role.role === 'name' && isReservedName(item.value)) return
    if (role.kind === 'log_group' && isAwsLogGroup(item.value)) return // AWS's own, or its ids the scanner masks (`API-Gateway-Execution-Logs_<api id>/prod`)
    const kind = classifyValue(role, item.value, field)
    if (kind !== null) found.push({ start: item.start, end: item.end, kind })
  })
}

function isAwsLogGroup (name: string): boolean {
  return name.startsWith('/aws/') || name.startsWith(API_EXECUTION_LOGS) || isAwsMadeLogGroup(name)
}
