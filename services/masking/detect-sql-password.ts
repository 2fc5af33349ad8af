// MySQL's ways to set a password that name no key before the literal: `SET PASSWORD FOR
// 'app'@'%' = 'x'`, the old `= PASSWORD('x')`, and (read by handleSqlLiteral) `IDENTIFIED WITH
// <plugin> BY 'x'`. The user, the host pattern and the plugin stay.
import type { MatchSink } from './detect-sink.js'
import { parseValue } from './detect-fields.js'

/** `SET PASSWORD` then, optionally, `FOR <user>` up to the `=` (quoted user and host, no quote-less blanks). */
const SET_PASSWORD_REST = /(?:[ \t]+FOR[ \t]+[^=;\r\n]{1,128}?)?[ \t]*=[ \t]*(?:PASSWORD[ \t]*\([ \t]*)?/iy

/**
 * At the word `PASSWORD` (text[i, i + 8), either case) after `SET `: masks the literal it is set
 * to; -1 when none (`SET PASSWORD = PASSWORD(@var)`), else where scanning goes on.
 */
export function handleSetPassword (text: string, i: number, sink: MatchSink): number {
  if (!(text.endsWith('SET ', i) || text.endsWith('set ', i))) return -1
  SET_PASSWORD_REST.lastIndex = i + 8
  if (SET_PASSWORD_REST.exec(text) === null) return -1
  const q = text.charCodeAt(SET_PASSWORD_REST.lastIndex)
  if (q !== 39 && q !== 34 && q !== 92) return -1 // `'x'`, `"x"`, `\'x\'` (a MySQL audit log quotes the statement)
  const value = parseValue(text, SET_PASSWORD_REST.lastIndex)
  if (value === null || value.end === value.start) return -1
  sink.push(value.start, value.end, 'connection_secret')
  return value.next
}
