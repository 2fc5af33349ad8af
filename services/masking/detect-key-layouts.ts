// Keys in layouts other than `key: value`: CLI table cells and `TAGS` rows, URL-encoded fields,
// blank-separated config lines and `pulumi config` rows.

import { MatchSink, indexWithin } from './detect-sink.js'
import { cls } from './detect-shapes.js'
import { classifyValue, fieldRole, hasFieldRole, type FieldRole } from './detect-fields.js'
import { handleKeyValue } from './detect-kv.js'
import { handlePipeColumns } from './detect-tables.js'
import { handleCellNameWords, handleTagsRowNameWords } from './detect-name-tag-words.js'

/**
 * AWS CLI `--output table` rows (`|  KeyName   |  x  |`: a key cell, then its value cell) and
 * `--output text` tag rows (`TAGS<tab>Name<tab>x`): the value is read as the key's field value.
 * `k` is at the `|` or, for a tab row, at the value.
 */
export function tableCell (text: string, i: number, keyEnd: number, k: number, sink: MatchSink): number {
  if (text.charCodeAt(k) === 124) {
    let b = text.charCodeAt(i - 1) === 96 ? i - 2 : i - 1 // a key in a code span
    while (b > 0 && i - b < 40 && text.charCodeAt(b) === 32) b--
    if (text.charCodeAt(b) !== 124 && fieldRole(text.slice(i, keyEnd))?.role === 'secret') { // words before a secret's key in its cell: `| DB password | \`x\` |` (not a name's: `| leaky bucket | audit logs |`)
      while (b > 0 && i - b < 40 && (text.charCodeAt(b) === 32 || cls(text.charCodeAt(b)) > 1)) b--
    }
    if (text.charCodeAt(b) !== 124 && (b === i - 1 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 32) && hasFieldRole(text, i, keyEnd)) {
      const columns = handlePipeColumns(text, i, sink) // psql's first column title, no `|` before it
      if (columns >= 0) return columns
    }
    // `name`: a column of the CLI's `--output table` (`||` rows) names resources, as `Name` does (detect-tables)
    if (b === i - 1 || text.charCodeAt(b) !== 124 || !(hasFieldRole(text, i, keyEnd) || (keyEnd - i === 4 && text.startsWith('name', i)))) return -1
    const columns = handlePipeColumns(text, i, sink) // a header row of column titles over a border
    if (columns >= 0) return columns
    k++
    while (text.charCodeAt(k) === 32) k++
    if (isColumnTitle(text, k) || isSnakeTitles(text, k) || (text.charCodeAt(i - 1) === 96 && text.charCodeAt(k) === 96 && isColumnTitle(text, k + 1))) return -1 // a header row: `| RoleName | Arn |`, `| user_name | access_key_id | status |`
    const words = keyEnd - i === 4 && text.startsWith('Name', i) ? handleCellNameWords(text, k, sink) : -1 // `|  Name |  orders api primary |`: one name
    return words >= 0 ? words : handleKeyValue(text, i, k, sink)
  }
  if (keyEnd - i === 4 && text.startsWith('Name', i) && text.startsWith('TAGS\t', i - 5)) { // `TAGS<tab>Name<tab>web tier prod`: one name
    const words = handleTagsRowNameWords(text, k, sink)
    return words >= 0 ? words : handleKeyValue(text, i, k, sink)
  }
  // a namespaced tag key (`TAGS<tab>aws:autoscaling:groupName<tab>x`): its last part says what the value names
  return text.charCodeAt(i - 1) === 58 && isTagsRowKey(text, i) ? handleKeyValue(text, i, k, sink) : -1
}

/** Is the key part at `i` (after a `:`) the end of the key cell of a `TAGS` row of `--output text`? */
function isTagsRowKey (text: string, i: number): boolean {
  let b = i - 1
  while (b > 0 && i - b < 128 && text.charCodeAt(b) !== 9 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 32) b--
  return text.charCodeAt(b) === 9 && text.startsWith('TAGS', b - 4) && (b === 4 || text.charCodeAt(b - 5) === 10)
}

/** `%3D` or `%3A`, then an optional encoded quote: a key's separator in a URL-encoded query or expression. */
const ENCODED_SEP = /%3[DdAa](?:(?:%5[Cc])?%2[27])?/y
const ENCODED_NAME = /[A-Za-z0-9._/-]{1,255}/y

/**
 * A name field inside URL-encoded text: `dbinstance_identifier%3D%22orders-pg%22` (a PromQL
 * matcher in a Grafana or Alertmanager link), `BucketName%3Dx`. The value runs to the next escape.
 */
export function encodedKeyValue (text: string, i: number, keyEnd: number, sink: MatchSink): number {
  ENCODED_SEP.lastIndex = keyEnd
  if (!ENCODED_SEP.test(text) || !hasFieldRole(text, i, keyEnd)) return -1
  const role = fieldRole(text.slice(i, keyEnd))
  if (role !== null && role.role === 'secret') return encodedSecret(text, i, keyEnd, ENCODED_SEP.lastIndex, role, sink)
  if (role === null || role.role !== 'name') return -1
  const v = ENCODED_SEP.lastIndex
  ENCODED_NAME.lastIndex = v
  if (!ENCODED_NAME.test(text)) return -1
  const end = ENCODED_NAME.lastIndex
  const kind = classifyValue(role, text.slice(v, end), text.slice(i, keyEnd))
  if (kind === null) return -1
  sink.push(v, end, kind)
  return end
}

/** Longest URL-encoded secret read. */
const ENCODED_SECRET_MAX = 1024

/**
 * `client_secret%3Dx`, `password%3Dx` (a form body or query logged URL-encoded): the value runs
 * over encoded chars (`%21`) to the next parameter's `%26` or `&`, a blank or a quote.
 */
function encodedSecret (text: string, i: number, keyEnd: number, v: number, role: FieldRole, sink: MatchSink): number {
  const limit = Math.min(text.length, v + ENCODED_SECRET_MAX)
  let e = v
  while (e < limit) {
    const c = text.charCodeAt(e)
    if (c === 37 && text.charCodeAt(e + 1) === 50 && text.charCodeAt(e + 2) === 54) break // %26
    if (c <= 32 || c === 38 || c === 34 || c === 39 || c === 92 || c === 60 || c === 62) break
    e++
  }
  const kind = e > v ? classifyValue(role, text.slice(v, e), text.slice(i, keyEnd)) : null
  if (kind === null) return -1
  sink.push(v, e, kind)
  return e
}

/**
 * A blank-separated config line (fluent-bit, CloudWatch agent, nginx-like): an indented snake_case
 * key with a role, then one name-shaped value to the line's end: `    delivery_stream   x-audit`.
 */
export function configLine (text: string, i: number, keyEnd: number, k: number, sink: MatchSink): number {
  if (indexWithin(text, '_', i, keyEnd) < 0 || !hasFieldRole(text, i, keyEnd)) return -1
  let b = i
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--
  if (b > 0 && text.charCodeAt(b - 1) !== 10) return -1
  let e = k
  const limit = Math.min(text.length, k + 256)
  while (e < limit && text.charCodeAt(e) > 32) e++
  while (e < text.length && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13)) e++
  if ((e < text.length && text.charCodeAt(e) !== 10) || !CONFIG_VALUE.test(text.slice(k, e))) return -1
  return handleKeyValue(text, i, k, sink)
}
const CONFIG_VALUE = /^[A-Za-z0-9/][A-Za-z0-9_./-]*[-_.0-9/][A-Za-z0-9_./-]*\s*$/

/** A Pulumi project's (or provider's) namespace before a config key, from the line's start: `retail:`, `aws:`. */
const PULUMI_NAMESPACE = /(?:^|\n)[a-z][a-z0-9_-]{0,63}:$/
/** Longest config value read. */
const CONFIG_VALUE_MAX = 1024

/**
 * A row of `pulumi config` (`retail:dbPassword         Sf!r9vKq2#mX7tLp`): a namespaced key with
 * a secret role, blanks, then the value to the line's end (with `--show-secrets`, in clear).
 * text[i, keyEnd) is the key after `ns:`, `k` at the value; -1 elsewhere.
 */
export function pulumiConfigRow (text: string, i: number, keyEnd: number, k: number, sink: MatchSink): number {
  if (k - keyEnd < 2 || !PULUMI_NAMESPACE.test(text.slice(Math.max(0, i - 66), i))) return -1
  const role = fieldRole(text.slice(i, keyEnd))
  if (role === null || role.role !== 'secret') return -1
  let e = indexWithin(text, '\n', k, k + CONFIG_VALUE_MAX)
  if (e < 0) e = Math.min(text.length, k + CONFIG_VALUE_MAX)
  while (e > k && text.charCodeAt(e - 1) <= 32) e--
  const value = text.slice(k, e)
  if (value === '[secret]') return e // what it shows without --show-secrets
  const kind = e > k ? classifyValue(role, value, text.slice(i, keyEnd)) : null
  if (kind === null) return -1
  sink.push(k, e, kind)
  return e
}

/** Does a capitalised plain word (`Arn`, `Description`), a column title, stand at `k`? */
function isColumnTitle (text: string, k: number): boolean {
  let c = text.charCodeAt(k)
  if (c < 65 || c > 90) return false
  const limit = Math.min(text.length, k + 64)
  while (++k < limit && (((c = text.charCodeAt(k)) >= 65 && c <= 90) || (c >= 97 && c <= 122)));
  return k === text.length || c === 32 || c === 124 || c === 96
}

/** Two lower-case snake_case column titles from `k` (`access_key_id  | status |`): a SQL result's header row, read by psql or Steampipe. */
const SNAKE_TITLES = /[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){0,6}[ \t]{0,80}\|[ \t]{1,80}[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){0,6}[ \t]{0,80}\|/y

function isSnakeTitles (text: string, k: number): boolean {
  SNAKE_TITLES.lastIndex = k
  return SNAKE_TITLES.test(text)
}

