// A secret named in prose by its config key, no `=` nor `:` between them: ``es.net.http.auth.pass is
// `x` ``, `the client_secret was set to x`, `redis.pwd is still x`, `dbPass is now x`. The key must
// be a key (dotted, snake or kebab case, or camelCase) whose name says secret (detect-fields), so
// `the secret is rotated` stays prose; the value must look like one (a letter and a digit or
// symbol, no blank), so `client_secret is stored in SSM` stays too.
import { codeAt, type MatchSink } from './detect-sink.js'
import { fieldRole } from './detect-fields.js'

/** The last word of a key that may name a secret (lower case): cheap test before the key is read. */
const SECRET_TAIL = /(?:pass|passwd|pwd|password|secret|token|passphrase)$/i
/** `is` / `was`, an adverb or `set to`, then the value: in backticks or quotes, or bare to the next blank. */
const AFTER_KEY = /[ \t]{1,4}(?:is|was)(?:[ \t]{1,4}(?:still|now|currently|(?:set|changed|reset|updated|rotated)[ \t]{1,4}to))?[ \t]{1,4}(?:`([^`\s]{6,128})`|'([^'\s]{6,128})'|"([^"\s]{6,128})"|([^\s`'"]{6,128}))/yd
const SECRET_SHAPE = /^(?=[^]*[A-Za-z])(?=[^]*[^A-Za-z])[^]+$/
/** A token's shape (`CONNECTION_SECRET_1`): a user's literal of it is no password. */
const TOKEN_SHAPE = /^[A-Z][A-Z0-9_]*_[1-9][0-9]*$/
/** A reference or placeholder, not the value: `${ES_PASS}`, `<password>`, `{{ secret }}`, `%(pw)s`, a URL. */
const REFERENCE = /^[$<{%]|:\/\//
/** Sentence punctuation after a bare value is no part of it. */
const TRAILING = /[.,;:)]+$/
/** How far back a key is read. */
const KEY_MAX = 96

/**
 * At the last word text[i, j) of a key (`pass` of `es.net.http.auth.pass`, `dbPass`), `is` or `was`
 * after it: masks the value named so; its end, or -1.
 */
export function handleKeyProseSecret (text: string, i: number, j: number, sink: MatchSink): number {
  if (!SECRET_TAIL.test(text.slice(i, j))) return -1
  let k = i
  while (k > 0 && i - k < KEY_MAX && isKeyChar(codeAt(text, k - 1))) k--
  while (k < i && !isLetter(text.charCodeAt(k))) k++ // `.env`, `_x`: a key starts with a letter
  const key = text.slice(k, j)
  if (!isKeyShaped(key)) return -1
  const role = fieldRole(key)
  if (role === null || role.role !== 'secret') return -1
  AFTER_KEY.lastIndex = text.charCodeAt(j) === 96 ? j + 1 : j // `` `es.net.http.auth.pass` is … ``
  const m = AFTER_KEY.exec(text)
  if (m === null) return -1
  const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4
  const value = group === 4 ? m[4].replace(TRAILING, '') : m[group]
  const start = m.indices?.[group]?.[0]
  if (start === undefined || value.length < 6 || !SECRET_SHAPE.test(value) || TOKEN_SHAPE.test(value) || REFERENCE.test(value)) return -1
  sink.push(start, start + value.length, role.kind)
  return start + value.length
}

/** A config key, not a word of prose: parts joined by `.`, `_`, `-`, or camelCase. */
function isKeyShaped (key: string): boolean {
  for (let q = 1; q < key.length; q++) {
    const c = key.charCodeAt(q)
    if (c === 46 || c === 95 || c === 45 || (c >= 65 && c <= 90 && isLower(key.charCodeAt(q - 1)))) return true
  }
  return false
}

function isKeyChar (c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45
}

function isLetter (c: number): boolean {
  return (c >= 65 && c <= 90) || isLower(c)
}

function isLower (c: number): boolean {
  return c >= 97 && c <= 122
}
