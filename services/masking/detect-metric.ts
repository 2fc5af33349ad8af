// CloudWatch dashboards write each metric as a flat array: namespace, metric name, then dimension
// name / value pairs. A row may repeat the row above with "." (`[".", "ReadLatency", ".", "x"]`): the
// value after a "." belongs to the dimension named at that place in the row above.
import { type MatchSink, lastIndexWithin } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'

/** How far back a row's `[` and the rows above are looked for. */
const ROW_REACH = 400
/** Rows of "." followed up before the dimension's name is given up. */
const DITTO_ROWS = 4
/** Blanks looked past around a row's `,` (rows are written compact or with one space). */
const BLANKS_MAX = 8
/** One quoted element of a row (JSON, or JSON in a JSON string) and what ends it. */
const ELEMENT = /[ \t\r\n]*\\?"([^"\\\r\n]{0,255})\\?"[ \t\r\n]*([,\]])/y

/** Elements of the row opening at `open`, up to `count` (fewer when an object or the end comes first), with where each starts. */
function rowElements (text: string, open: number, count: number): Array<[string, number]> {
  const out: Array<[string, number]> = []
  ELEMENT.lastIndex = open + 1
  while (out.length < count) {
    const from = ELEMENT.lastIndex
    const m = ELEMENT.exec(text)
    if (m === null) break
    out.push([m[1], from + m[0].indexOf('"') + 1])
    if (m[2] === ']') break
  }
  return out
}

/** Is the word at `i` the element right after a quoted "." (`".", "x"` or `\".\",\"x`)? Char checks only: most words are not. */
function followsDitto (text: string, i: number): boolean {
  let p = i - 2 // before the word's opening quote
  if (text.charCodeAt(p) === 92) p--
  const comma = p
  while (text.charCodeAt(p) === 32 && comma - p < BLANKS_MAX) p--
  if (text.charCodeAt(p) !== 44) return false
  const quote = --p
  while (text.charCodeAt(p) === 32 && quote - p < BLANKS_MAX) p--
  if (text.charCodeAt(p) !== 34) return false
  if (text.charCodeAt(p - 1) === 92) p--
  return text.charCodeAt(p - 1) === 46 && text.charCodeAt(p - 2) === 34
}

/**
 * The scanner at a word after `"`: when it is a dimension value after a "." in a metric row, it is
 * masked as the value of the dimension the row above names there. Returns where scanning
 * continues, or -1.
 */
export function handleDittoDimension (text: string, i: number, sink: MatchSink): number {
  if (!followsDitto(text, i)) return -1
  let open = lastIndexWithin(text, 91, i, i - ROW_REACH)
  if (open < 0) return -1
  const row = rowElements(text, open, 64)
  const at = row.findIndex(([, start]) => start === i) // the value's place in its row
  const head = row[0]?.[0]
  if (at < 3 || at % 2 !== 1 || row[at - 1][0] !== '.' || head === undefined || !(head === '.' || head === '...' || head.startsWith('AWS/'))) return -1
  const value = row[at][0]
  if (value.length === 0) return -1
  for (let n = 0; n < DITTO_ROWS; n++) {
    const above = lastIndexWithin(text, 91, open - 1, open - ROW_REACH)
    if (above < 0) return -1
    const name = rowElements(text, above, at)[at - 1]?.[0]
    if (name === undefined) return -1
    if (name !== '.') {
      const role = fieldRole(name)
      if (role === null || role.role !== 'name') return -1
      const kind = classifyValue(role, value, name)
      if (kind === null) return -1
      sink.push(i, i + value.length, wholeIdKind(value) ?? kind)
      return i + value.length
    }
    open = above
  }
  return -1
}
