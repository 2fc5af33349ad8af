// A key and its separator at a word (`DB_PASSWORD=`, `"BucketName": `, `name:`): which reader
// reads its value (a field role, a context key, a table cell, a config line), or none.

import { MatchSink, codeAt, lastIndexWithin } from './detect-sink.js'
import { SHAPES, attempt, cls } from './detect-shapes.js'
import { hasFieldRole } from './detect-fields.js'
import { handleDeniedResource } from './detect-prose.js'
import { handleBlockDefault, handlePhysicalId, handleTerraformId, handleConstructName, handleParentName } from './detect-iac.js'
import { handleMetricDimension } from './detect-filters.js'
import { handleFunctionListing, handleOfflineFunctions } from './detect-cli-commands.js'
import { handlePipeColumns, handleCsvColumn } from './detect-tables.js'
import { handleSqlLiteral } from './detect-client-passwords.js'
import { handleDatadogNameTag } from './detect-datadog-tags.js'
import { handleJsonParentName } from './detect-parent.js'
import { TYPED_STRING_KEYS, handleTypedValue } from './detect-typed-value.js'
import { configLine, encodedKeyValue, pulumiConfigRow, tableCell } from './detect-key-layouts.js'

/** Chars that may follow the alphanumeric head of a key before its separator. */
export function isKeyContinuation (c: number): boolean {
  return c === 58 || c === 61 || c === 34 || c === 39 || c === 92 || c === 95 || c === 46 || c === 45 || c === 32 || c === 9 || c === 37 // `%3D`
}

function isKeyChar (c: number): boolean {
  return cls(c) !== 0 || c === 95 || c === 46 || c === 45
}

/** Do the `_` (one or two) before `i` begin the key: a line start, a blank, `:` or `/` before them, not a longer identifier? */
function underscoreStartsKey (text: string, i: number): boolean {
  let k = i - 1
  if (text.charCodeAt(k - 1) === 95) k--
  const c = text.charCodeAt(k - 1)
  return k === 0 || c === 10 || c === 32 || c === 9 || c === 58 || c === 47
}

/** Label keys of tools that name their own objects (`velero.io/schedule-name=nightly`: a Velero schedule, no EventBridge one). */
const OWN_OBJECT_LABEL_PREFIXES = ['velero.io/']

export function attemptKeyValue (text: string, i: number, j: number, prev: number, sink: MatchSink): number {
  if (prev === 47 && OWN_OBJECT_LABEL_PREFIXES.some(p => text.endsWith(p, i))) return -1
  let k = j
  const limit = Math.min(text.length, i + 62)
  while (k < limit && isKeyChar(text.charCodeAt(k))) k++
  if (k === limit && k < text.length && isKeyChar(text.charCodeAt(k)) && opensLongKey(text, i)) return longDottedKey(text, i, k, sink)
  const keyEnd = k
  while (text.charCodeAt(k) === 92 && k - keyEnd < 3) k++ // `\"key\"`, `\\\"key\\\"` (JSON in a JSON string, twice)
  const q = text.charCodeAt(k)
  if (q === 34 || q === 39 || (q === 96 && prev === 96 && backtickKeySep(text, k + 1))) k++ // `` `DB_PASSWORD`: `x` ``
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  let sep = text.charCodeAt(k)
  if (sep === 63 /* ? */ && text.charCodeAt(k + 1) === 61) sep = text.charCodeAt(++k) // Make's `VAR ?= x`
  if (sep === 44 /* , */ && q === 34 && cls(text.charCodeAt(i)) === 4 && prev === 34 && hasFieldRole(text, i, keyEnd)) { // `"FunctionName","x"`: AWS dimension names are capitalised
    return handleMetricDimension(text, i, keyEnd, k + 1, sink)
  }
  if (sep === 44 && (i === 0 || prev === 10 || prev === 44 || (q === 34 && prev === 34)) &&
    hasFieldRole(text, i, keyEnd)) { // a CSV header cell: `eventtime,requestparameters_bucketname,...`
    const r = handleCsvColumn(text, i, keyEnd, sink)
    if (r >= 0) return r
  }
  if (sep !== 58 && sep !== 61) {
    if (sep === 37 && k === keyEnd) return encodedKeyValue(text, i, keyEnd, sink)
    if (sep === 124 || (q === 9 && k === keyEnd + 1)) return tableCell(text, i, keyEnd, k, sink)
    if ((sep === 10 || sep === 13) && prev === 32 && codeAt(text, i - 2) === 124 && hasFieldRole(text, i, keyEnd)) {
      const columns = handlePipeColumns(text, i, sink) // psql's last column title: `status | user_name`
      if (columns >= 0) return columns
    }
    if ((sep === 39 || (sep === 92 && text.charCodeAt(k + 1) === 39)) && k > keyEnd && (keyEnd - i === 8 || keyEnd - i === 2 || keyEnd - i === 10)) {
      return handleSqlLiteral(text, i, keyEnd, k, sink) // `WITH PASSWORD 'x'`, `IDENTIFIED BY \'x\'` (a MySQL audit log quotes the statement)
    }
    if (k <= keyEnd || q === 34 || q === 39) return -1
    return prev === 58 ? pulumiConfigRow(text, i, keyEnd, k, sink) : configLine(text, i, keyEnd, k, sink)
  }
  const len = keyEnd - i
  if (len === 9 || len === 8 || len === 2 || len === 18 || len === 10 || len === 7) { // `functions:`, `resource:`, `[id=`, `PhysicalResourceId`, `resourceId`, `aws-sdk:`
    const special = atContextKey(text, i, len, sep, k + 1, sink)
    if (special >= 0) return special
  }
  if (sep === 58 && len === 4 && k === keyEnd && (prev === 44 || prev === 34) && text.startsWith('name', i)) { // Datadog's `env:prod,name:x`
    const tag = handleDatadogNameTag(text, i, k + 1, sink)
    if (tag >= 0) return tag
  }
  if (sep === 58 && len === 4 && text.startsWith('name', i)) { // `new SqsQueue(this, 'q', { name: 'x' })`
    const named = handleConstructName(text, i, k + 1, sink)
    if (named >= 0) return named
    const nested = handleParentName(text, i, k + 1, sink) // `deploymentBucket:\n  name: x`
    if (nested >= 0) return nested
    const parent = handleJsonParentName(text, i, k + 1, sink) // `"cluster": {"name": "x"}`
    if (parent >= 0) return parent
  }
  if (sep === 58 && (len === 6 || len === 1) && prev === 34 && TYPED_STRING_KEYS.has(text.slice(i, keyEnd))) { // `"bucket": {"string": "x"}`
    const typed = handleTypedValue(text, i, len, k + 1, sink)
    if (typed >= 0) return typed
  }
  if (len === 7 && (text.startsWith('default', i) || text.startsWith('Default', i))) { // a Terraform variable's, a template parameter's
    const r = handleBlockDefault(text, i, k + 1, sink)
    if (r >= 0) return r
  }
  // most keys say nothing: skip the regex (HCL `name = "x"` names the resource, `role = "x"` in IAM resources the role)
  if (!hasFieldRole(text, i, keyEnd) && !(sep === 61 && keyEnd - i === 4 && (text.startsWith('name', i) || text.startsWith('role', i))) &&
    !(len === 14 && sep === 58 && text.startsWith('SecurityGroups', i))) return -1 // PowerShell's `SecurityGroups : {x}` (detect-powershell)
  if (prev === 95 && underscoreStartsKey(text, i)) { // `.npmrc`'s `//host/path/:_authToken=...`, `_password=`
    const re = SHAPES.key_value.re
    re.lastIndex = i
    return re.test(text) ? SHAPES.key_value.alt.handle(text, i, re.lastIndex, sink) : -1
  }
  return attempt(SHAPES.key_value, text, i, sink)
}

/** Is a separator (`:`, `=`) next after a key's closing backtick at `k`, blanks aside? A markdown code span's key: `` `DB_PASSWORD`: `x` ``, a table's key cell. */
function backtickKeySep (text: string, k: number): boolean {
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const c = text.charCodeAt(k)
  return c === 58 || c === 61 || c === 124 // `| \`DB_PASSWORD\` | \`x\` |` too
}

/** Longest dotted key read (Spring's `spring.security.oauth2.client.registration.<id>.client-secret`). */
const LONG_KEY_MAX = 256

/** Does a key start at `i`: the line's or a value's start, a quote, or a JVM option (`-Dspring...`)? Not a word inside a long token. */
function opensLongKey (text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1)
  if (i === 0 || c === 10 || c === 13 || c === 32 || c === 9 || c === 34 || c === 39) return true
  return c === 45 && (i === 1 || !isKeyChar(text.charCodeAt(i - 2)))
}

/**
 * A dotted key longer than the key reader's 62 chars (a Spring Boot property): its last segment
 * says what the value is (`client-secret`), read as the key. `k` is where the reader stopped,
 * still inside the key; returns -1 when no `=` or `:` ends it within LONG_KEY_MAX.
 */
function longDottedKey (text: string, i: number, k: number, sink: MatchSink): number {
  const limit = Math.min(text.length, i + LONG_KEY_MAX)
  let e = k
  while (e < limit && isKeyChar(text.charCodeAt(e))) e++
  let s = e
  while (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9) s++
  if (e === limit || (text.charCodeAt(s) !== 61 && text.charCodeAt(s) !== 58)) return -1
  const dot = lastIndexWithin(text, 46, e, e - 61)
  if (dot < 0 || !hasFieldRole(text, dot + 1, e)) return -1
  const re = SHAPES.key_value.re // run here: the shape's rule that no key starts after a `.` is for words inside a key
  re.lastIndex = dot + 1
  return re.test(text) ? SHAPES.key_value.alt.handle(text, dot + 1, re.lastIndex, sink) : -1
}

/** Keys that say nothing alone but whose context does; -1 when none applies here (the key is read as any other). */
function atContextKey (text: string, i: number, len: number, sep: number, pos: number, sink: MatchSink): number {
  if (sep === 58 && len === 9 && text.startsWith('functions', i)) return handleFunctionListing(text, i, pos, sink)
  if (sep === 58 && len === 7 && text.startsWith('aws-sdk', i)) return handleOfflineFunctions(text, i, pos, sink)
  if (sep === 58 && len === 8 && text.startsWith('resource', i)) return handleDeniedResource(text, i, pos, sink)
  if (sep === 61 && len === 2 && text.charCodeAt(i - 1) === 91 && text.startsWith('id', i)) return handleTerraformId(text, i, pos, sink)
  if (len === 18 && text.startsWith('PhysicalResourceId', i)) return handlePhysicalId(text, i, pos, sink)
  if (len === 10 && text.startsWith('resourceId', i)) return handlePhysicalId(text, i, pos, sink, true) // AWS Config
  return -1
}

