// Tables read by column: dash-underlined (PowerShell), CSV with a header, pipe tables (CLI, psql, markdown).
import { indexWithin, type MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole, type FieldRole } from './detect-fields.js'
import { handleTagTable } from './detect-windows.js'

/** At most this many rows of a dash-underlined table are read. */
const DASH_TABLE_ROWS = 500
/** A column title: a field, or a path of fields (`requestParameters.bucketName`). */
const DASH_TABLE_KEY = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*){0,8}$/

/**
 * PowerShell `Format-Table` (and other dash-underlined) output: a header row, a row of dash
 * groups under it, then data rows. A column whose header is a name field (`BucketName`,
 * `FunctionName`, `RoleName`) names the value of each row's cell in it. `i` is at the first dash
 * of the underline; matches go to the deferred list (the rows are scanned as usual too).
 * Returns the end of the underline, or -1 when the line is no such underline.
 */
export function handleDashTable (text: string, i: number, sink: MatchSink): number {
  let eol = indexWithin(text, '\n', i, i + 1024)
  if (eol < 0) eol = Math.min(text.length, i + 1024)
  const lineEnd = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol
  const groups: Array<[number, number]> = [] // offsets in the line
  for (let k = i; k < lineEnd;) {
    const c = text.charCodeAt(k)
    if (c === 32) { k++; continue }
    if (c !== 45) return -1
    const g = k
    while (k < lineEnd && text.charCodeAt(k) === 45) k++
    if (k - g < 2) return -1
    groups.push([g - i, k - i])
  }
  if (groups.length === 0 || i < 2) return -1
  const headerStart = text.lastIndexOf('\n', i - 2) + 1
  const header = text.slice(headerStart, i - 1).replace(/\r$/, '')
  const columns: Array<{ from: number, to: number, key: string, role: FieldRole }> = []
  for (let n = 0; n < groups.length; n++) {
    const [gs, ge] = groups[n]
    const title = header.slice(gs, ge).trim()
    if (title === '' || (gs > 0 && header.charCodeAt(gs - 1) !== 32)) return -1
    if (!DASH_TABLE_KEY.test(title)) continue
    const key = title.slice(title.lastIndexOf('.') + 1) // a field path's last part (`requestParameters.bucketName`, a Splunk column) says what it holds
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ from: gs, to: n + 1 < groups.length ? groups[n + 1][0] : Infinity, key, role })
  }
  if (columns.length === 0 && groups.length === 2) handleTagTable(text, header, groups, eol, sink) // `Key  Value` of PowerShell's tags
  if (columns.length === 0) return eol
  const deferred = sink.deferred ?? (sink.deferred = [])
  let rowStart = eol + 1
  for (let rows = 0; rowStart < text.length && rows < DASH_TABLE_ROWS; rows++) {
    let rowEnd = indexWithin(text, '\n', rowStart, rowStart + 4096)
    if (rowEnd < 0) rowEnd = Math.min(text.length, rowStart + 4096)
    const row = text.slice(rowStart, rowEnd).replace(/\r$/, '')
    if (row.trim() === '') break
    for (const col of columns) {
      const cell = row.slice(col.from, Math.min(row.length, col.to))
      const value = cell.trim()
      if (value === '' || /\s/.test(value)) continue
      const kind = classifyValue(col.role, value, col.key)
      if (kind === null) continue
      const at = rowStart + col.from + cell.indexOf(value)
      deferred.push({ start: at, end: at + value.length, kind })
    }
    rowStart = rowEnd + 1
  }
  return eol
}

/** A CSV header is one line of at most this many chars; rows are read up to CSV_ROWS or CSV_BYTES. */
const CSV_LINE_MAX = 4096

const CSV_ROWS = 500

const CSV_BYTES = 262_144

/** A header cell: a column name, optionally quoted, no blanks (prose has them). */
const CSV_HEADER_CELL = /^"?[A-Za-z_][A-Za-z0-9_.:/-]{0,80}"?$/

/**
 * CSV with a header row (Athena results, CloudTrail Lake and Config exports): a column whose
 * header is a name field (`requestparameters_bucketname`, `RoleName`) names each row's cell in
 * it. `i` is at a header cell's name (one with a name role); every naming column of the header is
 * read in one pass over the rows, and scanning goes on after the header line. Matches go to the
 * deferred list (the rows are scanned as usual too). Returns -1 when the line is no CSV header
 * with a data row of as many fields under it.
 */
export function handleCsvColumn (text: string, i: number, keyEnd: number, sink: MatchSink): number {
  const own = fieldRole(text.slice(i, keyEnd))
  if (own === null || own.role !== 'name') return -1
  let lineStart = i
  while (lineStart > 0 && i - lineStart < CSV_LINE_MAX && text.charCodeAt(lineStart - 1) !== 10) lineStart--
  let eol = indexWithin(text, '\n', i, lineStart + CSV_LINE_MAX)
  if (eol < 0) return -1
  const header = text.slice(lineStart, text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol).split(',')
  if (header.length < 2 || !header.every(cell => CSV_HEADER_CELL.test(cell))) return -1
  const columns: Array<{ at: number, key: string, role: FieldRole }> = []
  header.forEach((cell, at) => {
    const key = cell.replace(/^"|"$/g, '')
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ at, key, role })
  })
  const headerEnd = eol
  const found: Array<{ start: number, end: number, kind: string }> = []
  const limit = Math.min(text.length, eol + CSV_BYTES)
  for (let rows = 0; rows < CSV_ROWS && eol < limit; rows++) {
    const row = csvFields(text, eol + 1, limit)
    if (row.fields.length !== header.length) {
      if (rows === 0) return -1 // no data row of this table under the line
      break
    }
    for (const col of columns) {
      const [fs, fe] = row.fields[col.at]
      const value = text.slice(fs, fe)
      const kind = value === '' || /\s/.test(value) ? null : classifyValue(col.role, value, col.key)
      if (kind !== null) found.push({ start: fs, end: fe, kind })
    }
    eol = row.end
  }
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
  return headerEnd
}

/** A column title of a pipe table (`UserName`, `user_name`, `Function name`). */
const PIPE_TITLE = /^[A-Za-z_][A-Za-z0-9_.:-]{0,40}(?: [A-Za-z0-9_.:-]{1,40}){0,3}$/

const SNAKE_TITLE = /^[a-z][a-z0-9_]{0,60}$/

/** A border under a header: `+---+---+`, `|+---+---+|`, `|---|:--:|`, `--------+--------`. */
const BORDER_LINE = /^[ \t]{0,8}[|+]{0,2}[ \t]{0,8}:?-{3,}[-+:| \t]{0,4096}$/

const MARKDOWN_BORDER = /^[ \t]{0,8}\|[ \t]{0,8}:?-/

/** psql's border under its header, no outer `|`: `--------------------+--------`. */
const PSQL_BORDER = /^-{1,4096}(?:\+-{1,4096}){1,64}[ \t\r]{0,8}$/

/**
 * The trimmed cells of the pipe-table row text[from, to), outer `|` / `||` off; null when the line
 * is no such row. `bare`: psql's rows, no outer `|`, at least one inside.
 */
function pipeCells (text: string, from: number, to: number, bare = false): Array<[number, number]> | null {
  let a = from
  while (a < to && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++
  let b = to
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13)) b--
  if (bare) {
    if (indexWithin(text, '|', a, b) < 0) return null
  } else if (text.charCodeAt(a) !== 124 || text.charCodeAt(b - 1) !== 124 || b - a < 3) return null
  while (a < b && text.charCodeAt(a) === 124) a++
  while (b > a && text.charCodeAt(b - 1) === 124) b--
  const cells: Array<[number, number]> = []
  for (let s = a, k = a; k <= b; k++) {
    if (k < b && text.charCodeAt(k) !== 124) continue
    let cs = s
    let ce = k
    while (cs < ce && (text.charCodeAt(cs) === 32 || text.charCodeAt(cs) === 9)) cs++
    while (ce > cs && (text.charCodeAt(ce - 1) === 32 || text.charCodeAt(ce - 1) === 9)) ce--
    cells.push([cs, ce])
    s = k + 1
  }
  return cells
}

/** The line around `i`: [start, end) without its newline. */
function lineAround (text: string, i: number): [number, number] {
  let start = i
  while (start > 0 && i - start < CSV_LINE_MAX && text.charCodeAt(start - 1) !== 10) start--
  const nl = indexWithin(text, '\n', i, start + CSV_LINE_MAX)
  return [start, nl < 0 ? Math.min(text.length, start + CSV_LINE_MAX) : nl]
}

/**
 * The header row of a pipe table (`aws ... --output table` over flat objects, Steampipe, psql
 * with borders, markdown), `i` at a cell with a name role: the cells under each naming column are
 * read as that field's values, row by row until the table ends. A header is a row of titles over a
 * border, with three cells or more, snake_case titles or a markdown border: the CLI's key/value
 * rows (`|  KeyName  |  x  |`, two cells, between borders too) are no header. psql's header has no
 * outer `|` and a `---+---` border. Matches go to the
 * deferred list; returns the header line's end, or -1 when this is no header with a row under it.
 */
export function handlePipeColumns (text: string, i: number, sink: MatchSink): number {
  const [lineStart, eol] = lineAround(text, i)
  if (eol >= text.length) return -1
  const [borderStart, borderEnd] = lineAround(text, eol + 1)
  const border = text.slice(borderStart, borderEnd)
  const bare = PSQL_BORDER.test(border)
  const header = pipeCells(text, lineStart, eol, bare)
  if (header === null || header.length < 2) return -1
  if (!bare && !BORDER_LINE.test(border)) return -1
  const titles = header.map(([a, b]) => text.slice(a, b))
  if (!titles.every(title => PIPE_TITLE.test(title))) return -1
  if (!bare && header.length < 3 && !titles.every(title => SNAKE_TITLE.test(title)) && !MARKDOWN_BORDER.test(border)) return -1
  // the CLI's `--output table` titles are API fields: a lower-case `name` (VPC Lattice, RAM, EKS) is the resource's
  // own, unlike a markdown or psql table's `name` column (a tool's, a person's)
  let lead = lineStart
  while (lead < eol && lead - lineStart < 8 && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead++
  const cli = !bare && text.startsWith('||', lead)
  const columns: Array<{ at: number, key: string, role: FieldRole }> = []
  titles.forEach((title, at) => {
    const key = cli && title === 'name' ? 'Name' : title
    const role = fieldRole(key)
    if (role !== null && role.role === 'name') columns.push({ at, key, role })
  })
  if (columns.length === 0) return -1
  const found: Array<{ start: number, end: number, kind: string }> = []
  let pos = borderEnd
  let rows = 0
  const limit = Math.min(text.length, eol + CSV_BYTES)
  while (rows < CSV_ROWS && pos < limit) {
    const [rowStart, rowEnd] = lineAround(text, pos + 1)
    const row = rowStart > pos ? pipeCells(text, rowStart, rowEnd, bare) : null
    if (row === null || row.length !== header.length || BORDER_LINE.test(text.slice(rowStart, rowEnd))) break
    for (const col of columns) {
      let [vs, ve] = row[col.at]
      while (ve - vs >= 2 && WRAPPERS.includes(text[vs]) && text[ve - 1] === text[vs]) { vs++; ve-- } // `\`x\``, `**x**`, `"x"`
      const value = text.slice(vs, ve)
      const kind = value === '' || /\s/.test(value) ? null : classifyValue(col.role, value, col.key)
      if (kind !== null) found.push({ start: vs, end: ve, kind })
    }
    rows++
    pos = rowEnd
  }
  if (rows === 0) return -1
  const deferred = sink.deferred ?? (sink.deferred = [])
  for (const m of found) deferred.push(m)
  return eol
}

const WRAPPERS = '`*"\''

/** The fields (value spans, quotes excluded) of the CSV line at `pos`, and where the line ends. */
function csvFields (text: string, pos: number, limit: number): { fields: Array<[number, number]>, end: number } {
  const fields: Array<[number, number]> = []
  let k = pos
  const stop = Math.min(limit, pos + CSV_LINE_MAX)
  while (k <= stop) {
    if (text.charCodeAt(k) === 34) { // "a ""quoted"" field"
      let e = k + 1
      while (e < stop && !(text.charCodeAt(e) === 34 && text.charCodeAt(e + 1) !== 34)) e += text.charCodeAt(e) === 34 ? 2 : 1
      fields.push([k + 1, e])
      k = e + 1
    } else {
      let e = k
      while (e < stop && text.charCodeAt(e) !== 44 && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++
      fields.push([k, e])
      k = e
    }
    const c = text.charCodeAt(k)
    if (c !== 44) break
    k++
  }
  while (k < stop && text.charCodeAt(k) !== 10) k++
  return { fields, end: k }
}
