// `kubectl get secret x -o jsonpath='{.data.K}'` prints one key's value with nothing beside it:
// read as that key's value (moved out of detect-query.ts, which reads `aws ... --query` output).
import { classifyValue, fieldRole } from './detect-fields.js'
import type { MatchSink } from './detect-sink.js'

const MAX_EXPRESSION = 512

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
