// SQL over JSON columns (Athena on CloudTrail, Redshift SUPER, PostgreSQL jsonb): a comparison
// with a JSON path's field, `json_extract_scalar(requestparameters, '$.bucketName') = 'x'`, names
// what the field names, as `"bucketName": "x"` would.
import type { MatchSink } from './detect-sink.js'
import { classifyValue, fieldRole } from './detect-fields.js'
import { wholeIdKind } from './detect-ids.js'

/** Chars of a JSON path before its last field: `$.requestParameters.`, `$.items[0].`. */
const PATH_MAX = 120
/** The path's closing quote and call, the comparison, and its first literal. */
const COMPARED = /\\?['"]\)[ \t]*(?:=|!=|<>|LIKE|like|IN[ \t]*\(|in[ \t]*\()[ \t]*'([A-Za-z0-9._/:@%-]{1,255})'/y
/** More literals of an `IN (...)` list. */
const NEXT_LITERAL = /[ \t]*,[ \t\r\n]*'([A-Za-z0-9._/:@%-]{1,255})'/y

/** Is text[i, j) the last field of a JSON path that opens with `$` inside a quote? */
function isJsonPathField (text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 46) return false // `.`
  let b = i - 1
  while (b > 0 && i - b < PATH_MAX) {
    const c = text.charCodeAt(b)
    if (c === 36) return text.charCodeAt(b - 1) === 39 || text.charCodeAt(b - 1) === 34 // `'$.`, `"$.`
    if (!(c === 46 || c === 95 || c === 91 || c === 93 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false
    b--
  }
  return false
}

/**
 * The scanner at a word after `.`: when it ends a JSON path compared with literals and says what
 * they name (`bucketName`, `roleName`), the literals are masked as that field's values. Returns
 * where scanning continues, or -1.
 */
export function handleJsonPathComparison (text: string, i: number, j: number, sink: MatchSink): number {
  const q = text.charCodeAt(j)
  if ((q !== 39 && q !== 34 && q !== 92) || !isJsonPathField(text, i)) return -1
  const key = text.slice(i, j)
  const role = fieldRole(key)
  if (role === null || role.role !== 'name') return -1
  COMPARED.lastIndex = j
  let m = COMPARED.exec(text)
  if (m === null) return -1
  let end = -1
  let re: RegExp = COMPARED
  while (m !== null) {
    const valueEnd = re.lastIndex - 1
    const start = valueEnd - m[1].length
    const kind = classifyValue(role, m[1], key)
    if (kind !== null && !m[1].includes('%')) sink.push(start, valueEnd, wholeIdKind(m[1]) ?? kind) // a LIKE pattern is no name
    end = re.lastIndex
    re = NEXT_LITERAL
    re.lastIndex = end
    m = re.exec(text)
  }
  return end
}
