// Escapes seen flat (JSON, log or C-style text read as plain text): where one may end, a word (and
// so a token) may start. Shared by the detector, which reads the words there, and by restoration,
// which reads a token there: both must agree on every position, or a masked id would not come
// back, or a user's literal token-shaped text would be restored.
// Text escaped twice or more (an SQS message holding SNS holding S3 JSON, logs of logs) writes a
// newline as `\\n`, `\\\\n`: a run of backslashes of any length before a control letter, `u` +
// 4 hex or `x` + 2 hex counts (fail closed: a path segment literally named `ni-0...` is read as a
// newline and an id). A position is a boundary if any reading ends an escape there, never
// judged by what follows it: `\xi-0...` masks to `\xEC2_INSTANCE_1`, where `\xEC` reads as hex.

function isHexDigit (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

export function isAsciiAlnum (c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function hexDigits (text: string, from: number, n: number): boolean {
  if (from < 0 || from + n > text.length) return false
  for (let k = from; k < from + n; k++) if (!isHexDigit(text.charCodeAt(k))) return false
  return true
}

/** Length of the run of backslashes ending right before `index`. */
export function backslashRunBefore (text: string, index: number): number {
  let count = 0
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 92; i--) count++
  return count
}

/** JSON's escape letters that stand for a control char: `\b`, `\f`, `\n`, `\r`, `\t`. */
export function isControlEscapeLetter (c: number): boolean {
  return c === 110 || c === 116 || c === 114 || c === 102 || c === 98
}

/**
 * Does an escape end right at `index`: a control letter after any run of backslashes (`\n`,
 * `\\t`), any other letter or digit after an odd run (`\d`, `\P`), `x` + 2 hex, `u` + 4 hex or
 * 3 octal digits after any run (`\x41`, `\\u00e9`, `\303`)?
 */
export function escapeEndsAt (text: string, index: number): boolean {
  return index >= 2 && (letterEscapeAt(text, index - 1) || hexEscapeAt(text, index - 3, 120, 2) || hexEscapeAt(text, index - 5, 117, 4) ||
    octalEscapeAt(text, index - 3))
}

/**
 * The positions where an escape whose letter (or first octal digit) is at `at` (right after a run of
 * backslashes) ends, longest reading first (`\u00e9`: after the 4 hex digits, then after the `u`
 * alone): empty when none.
 */
export function escapeEndsAfter (text: string, at: number): number[] {
  const ends: number[] = []
  if (hexEscapeAt(text, at, 117, 4)) ends.push(at + 5)
  if (hexEscapeAt(text, at, 120, 2) || octalEscapeAt(text, at)) ends.push(at + 3)
  if (letterEscapeAt(text, at)) ends.push(at + 1)
  return ends
}

/** Escapes read over before one name; a backslash run read no further (an escape's letter follows it). */
const MAX_GLUED_ESCAPES = 4
const MAX_BACKSLASH_RUN = 16

/**
 * Past the escapes glued before a name (`bucket \u0041name`, `BucketName: \x41name`): where the
 * name starts, at the end of each escape's longest reading (where restoration reads a token). `at`
 * is at a backslash; an escaped quote (`\"`) is no escape here, nor a control escape (`\n`: a
 * blank, the value is not glued to it) unless `controls`.
 */
export function pastGluedEscapes (text: string, at: number, controls: boolean): number {
  for (let n = 0; n < MAX_GLUED_ESCAPES && text.charCodeAt(at) === 92; n++) {
    let letter = at + 1
    while (text.charCodeAt(letter) === 92 && letter - at < MAX_BACKSLASH_RUN) letter++
    if (!controls && isControlEscapeLetter(text.charCodeAt(letter))) break
    const ends = escapeEndsAfter(text, letter)
    if (ends.length === 0) break
    at = ends[0]
  }
  return at
}

/** `\n`, `\\t`, `\d`: a control letter after a backslash, any other letter or digit after an odd run. */
function letterEscapeAt (text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (!isAsciiAlnum(c)) return false
  const run = backslashRunBefore(text, at)
  return run > 0 && (isControlEscapeLetter(c) || run % 2 === 1)
}

/** `\101`, `\303\251` (UTF-8 bytes as `ls` and journald quote them): 3 octal digits after a backslash. */
function octalEscapeAt (text: string, at: number): boolean {
  if (at < 1 || text.charCodeAt(at - 1) !== 92 || at + 3 > text.length) return false
  for (let k = at; k < at + 3; k++) if (text.charCodeAt(k) < 48 || text.charCodeAt(k) > 55) return false
  return true
}

/** `\x41`, `\\u00e9`: the letter `letter` at `at` after a backslash, then `digits` hex digits. */
function hexEscapeAt (text: string, at: number, letter: number, digits: number): boolean {
  return at > 0 && text.charCodeAt(at) === letter && text.charCodeAt(at - 1) === 92 && hexDigits(text, at + 1, digits)
}

/** Parameter chars of a terminal sequence read back from its final letter (`01;31`): enough for colours; with `\u001b[` and the letter, 16 chars (the boundary context restoration keeps). */
const MAX_CSI_PARAMS = 8

/**
 * Does a terminal colour or cursor sequence (`ESC[0;31m`, `\x1b[K`, `\u001b[1m`, `\033[0m`,
 * `\e[m`, `^[[32m`) end right at `index`? grep --color and coloured logs glue them to what they
 * colour: `\x1b[01;31m\x1b[Ki-0...`. Its final letter is no part of the word after it.
 */
export function terminalSequenceEndsAt (text: string, index: number): boolean {
  const final = text.charCodeAt(index - 1)
  if (!((final >= 65 && final <= 90) || (final >= 97 && final <= 122))) return false
  let k = index - 2
  const stop = Math.max(0, index - 1 - MAX_CSI_PARAMS)
  for (let c = text.charCodeAt(k); k >= stop && ((c >= 48 && c <= 57) || c === 59); c = text.charCodeAt(--k));
  return text.charCodeAt(k) === 91 /* [ */ && escapeCharBefore(text, k)
}

/** ESC written out: `\x1b`, `\u001b`, `\033`, `\e` (after any run of backslashes). */
const ESCAPE_CHAR_FORMS = ['\\x1b', '\\x1B', '\\u001b', '\\u001B', '\\033', '\\e']

/** Does ESC end right at `index`: the char itself, written out, or `^[`? */
function escapeCharBefore (text: string, index: number): boolean {
  const c = text.charCodeAt(index - 1)
  if (c === 27) return true
  if (c === 91) return text.charCodeAt(index - 2) === 94 /* ^[ */
  for (const form of ESCAPE_CHAR_FORMS) if (index >= form.length && text.startsWith(form, index - form.length)) return true
  return false
}
