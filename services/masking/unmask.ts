// Restoration: replace this scope's tokens by their originals, leave every other token-shaped
// string alone. The scanner mirrors createTokenRegex() (left boundary: no ASCII letter/digit
// before; right boundary: no digit after), except that an escape (`\n`, `\\n`, `\x41`, `\u00e9`,
// `\d`...: escapes.ts) counts as the separator it stands for: the detector steps over escapes
// whole (JSON or log text seen flat) and masks `\ni-0abc...`, so the token after the escape must
// be restored too. Likewise a URL-encoded slash (`%2F`, `%252F`,
// `$252F`) counts as the `/` it stands for: the detector masks names and ids after it, and a
// user's literal token there (`%2FS3_BUCKET_1`) as a token literal. Raw JSON text (a streamed
// tool input) is read as the string it encodes: `jsonTextBoundary` gives, on the raw text, the
// answer `tokenBoundary` gives on the decoded string, so raw and parsed restoration agree.
import { KIND_LABELS, isSecretKind } from './token-format.js'
import { encodedSlashBefore } from './token-match.js'
import { backslashRunBefore, escapeEndsAt, isAsciiAlnum, terminalSequenceEndsAt } from './escapes.js'
import type { MappingValue } from './types.js'

/** Is position `index` of `text` a valid token start, given the character(s) before it? */
export type BoundaryRule = (text: string, index: number) => boolean


export const plainBoundary: BoundaryRule = (text, index) => index === 0 || !isAsciiAlnum(text.charCodeAt(index - 1))

/** After an escape (escapes.ts: `\n`, `\\t`, `\u00e9`, `\x41`), a URL escape or a terminal sequence (`\x1b[0m`), a token may start. */
export const tokenBoundary: BoundaryRule = (text, index) =>
  plainBoundary(text, index) || escapeEndsAt(text, index) || encodedSlashBefore(text, index) > 0 || percentEscapeBefore(text, index) ||
  terminalSequenceEndsAt(text, index) || gluedFlagBefore(text, index)

/**
 * ` -p` right before `index` (a blank or the start before it): MySQL's clients take the password
 * glued to the flag (`mysql -u admin -pS3cret`), masked without the `p` (`-pCONNECTION_SECRET_1`);
 * the masker reads a user's token-shaped text there as a literal.
 */
export function gluedFlagBefore (text: string, index: number): boolean {
  if (index < 2 || text.charCodeAt(index - 1) !== 112 || text.charCodeAt(index - 2) !== 45) return false
  const c = index === 2 ? 32 : text.charCodeAt(index - 3)
  return c === 32 || c === 9
}

/**
 * `%3A`, `%3D`, `%20`, `%9C` right before `index`, standing for no ASCII letter or digit: a model
 * writes tokens into URLs it builds (`?arn=arn%3Aaws%3Aiam%3A%3AACCOUNT_ID_1`). The masker reads
 * a user's token-shaped text after any `%XX` as a literal (its digits taken in), so no token of
 * its own stands there and round trips hold.
 */
function percentEscapeBefore (text: string, index: number): boolean {
  if (index < 3 || text.charCodeAt(index - 3) !== 37) return false
  const code = hexValue('00' + text.slice(index - 2, index), 0)
  return code >= 0 && !isAsciiAlnum(code)
}

function hexValue (text: string, from: number): number {
  let value = 0
  for (let i = from; i < from + 4; i++) {
    const c = text.charCodeAt(i)
    const digit = c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1
    if (digit < 0) return -1
    value = value * 16 + digit
  }
  return value
}

/** What the short JSON escapes (`\n`, `\"`, ...) decode to. */
const ESCAPED: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, '"': 34, '\\': 92, '/': 47 }

/**
 * The decoded character that ends at raw position `end` of JSON string text, and where its raw
 * form starts: a `\uXXXX` escape, a short escape, or the character itself.
 */
function decodedBefore (text: string, end: number): [code: number, start: number] {
  if (end >= 6 && text.charCodeAt(end - 6) === 92 && text.charCodeAt(end - 5) === 117 && backslashRunBefore(text, end - 5) % 2 === 1) {
    const code = hexValue(text, end - 4)
    if (code >= 0) return [code, end - 6]
  }
  if (end >= 2 && text.charCodeAt(end - 2) === 92 && backslashRunBefore(text, end - 1) % 2 === 1) {
    return [ESCAPED[text[end - 1]] ?? text.charCodeAt(end - 1), end - 2]
  }
  return [text.charCodeAt(end - 1), end - 1]
}

/** How many decoded backslashes (`\\\\` pairs, `\\u005c`) end at raw position `end`. */
function decodedBackslashesBefore (text: string, end: number): number {
  let backslashes = 0
  for (let p = end; p > 0;) {
    // a raw run of backslashes before a decoded char is pairs (`\\`), each a backslash: taken
    // whole (decoding it pair by pair recounted the run at every pair: quadratic in its length)
    const run = text.charCodeAt(p - 1) === 92 ? backslashRunBefore(text, p) : 0
    if (run > 0 && run % 2 === 0) { backslashes += run / 2; p -= run; continue }
    const [c, s] = decodedBefore(text, p)
    if (c !== 92) break
    backslashes++
    p = s
  }
  return backslashes
}

/**
 * What jsonTextBoundary needs of raw JSON text already emitted, for a stream's next chunk: its
 * last `chars` decoded characters, whole escapes, and before them one decoded backslash if an odd
 * number of them came there (`\\u005c\\u005c\\u0041` before a token is two backslashes and a
 * letter: no boundary; a fixed raw window cut the run and read one).
 */
export function jsonBoundaryContext (text: string, chars: number): string {
  let p = text.length
  for (let k = 0; k < chars && p > 0; k++) p = decodedBefore(text, p)[1]
  return (decodedBackslashesBefore(text, p) % 2 === 1 ? '\\\\' : '') + text.slice(p)
}

/** Decoded chars before a token that tokenBoundary reads (`\u0041`, `%252F`, `\u001b[01;31m`), backslashes before them aside. */
const DECODED_BOUNDARY_CHARS = 16

/**
 * tokenBoundary read on raw JSON string text (a streamed tool input): the same answer it gives
 * on the decoded string, asked of the few chars before the token decoded (`\\n` is the two chars
 * `\n`, an escape when decoded; `\\u00e9`, `%2F`), after as many backslashes as decoded stand
 * before them, up to parity (zero, one or two).
 */
export const jsonTextBoundary: BoundaryRule = (text, index) => {
  if (index === 0) return true
  const [code, start] = decodedBefore(text, index)
  if (!isAsciiAlnum(code)) return true
  let tail = String.fromCharCode(code)
  let p = start
  for (let k = 1; p > 0 && k < DECODED_BOUNDARY_CHARS; k++) {
    const [c, s] = decodedBefore(text, p)
    tail = String.fromCharCode(c) + tail
    p = s
  }
  // the backslashes before the tail: only whether there are any, and their parity, count
  const backslashes = p > 0 ? decodedBackslashesBefore(text, p) : 0
  const window = (backslashes === 0 ? '' : backslashes % 2 === 1 ? '\\' : '\\\\') + tail
  return tokenBoundary(window + 'X', window.length)
}

const TOKEN_BODY_SOURCE = `(?:${KIND_LABELS.join('|')})_[1-9][0-9]*(?![0-9])`
/**
 * Tokens as markdown writes them too (`IAM\_ROLE\_1`: every `_` escaped; in raw JSON text
 * `IAM\\_ROLE\\_1`), read as the token: the original comes back as it is (an AWS name's `_`
 * stands inside a word, where markdown reads no emphasis, so it needs no escape).
 */
function escapedBodySource (escape: string): string {
  const sep = escape.replaceAll('\\', '\\\\') + '_'
  return `${TOKEN_BODY_SOURCE}|(?:${KIND_LABELS.map(label => label.replaceAll('_', sep)).join('|')})${sep}[1-9][0-9]*(?![0-9])`
}
const PLAIN_SOURCE = escapedBodySource('\\')
const JSON_SOURCE = escapedBodySource('\\\\')
/** Compiled once: compiling this alternation per call cost more than scanning a short text. */
const SHARED_TOKEN_REGEX = new RegExp(TOKEN_BODY_SOURCE, 'g')
/** With the escaped forms: used only on a text holding `\_` (the doubled alternation scans slower). */
const SHARED_ESCAPED_REGEX = new RegExp(PLAIN_SOURCE, 'g')
const SHARED_JSON_ESCAPED_REGEX = new RegExp(JSON_SOURCE, 'g')
let sharedRegexBusy = false
const ESCAPED_UNDERSCORE = /\\+_/g

/** The token a match stands for: its escaped underscores read as `_`. */
function tokenOf (match: string): string {
  return match.includes('\\') ? match.replace(ESCAPED_UNDERSCORE, '_') : match
}

/**
 * Replaces tokens in `text` from offset `from` on (what precedes `from` is only context for the
 * boundary rule). `replacement` returns undefined to keep a token as is.
 */
export function replaceTokens (text: string, from: number, boundary: BoundaryRule,
  replacement: (token: string, written: string) => string | undefined, json = false): string {
  const shared = !sharedRegexBusy // a replacement that restores again gets its own regex
  const escaped = text.includes('\\_', from)
  const source = !escaped ? TOKEN_BODY_SOURCE : json ? JSON_SOURCE : PLAIN_SOURCE
  const regex = shared ? (!escaped ? SHARED_TOKEN_REGEX : json ? SHARED_JSON_ESCAPED_REGEX : SHARED_ESCAPED_REGEX) : new RegExp(source, 'g')
  if (shared) sharedRegexBusy = true
  try {
    regex.lastIndex = from
    let out = ''
    let last = from
    let match: RegExpExecArray | null
    while ((match = regex.exec(text)) !== null) {
      if (!boundary(text, match.index)) { regex.lastIndex = match.index + 1; continue }
      const restored = replacement(tokenOf(match[0]), match[0])
      if (restored === undefined) continue
      out += text.slice(last, match.index) + restored
      last = match.index + match[0].length
    }
    return last === from ? text.slice(from) : out + text.slice(last)
  } finally {
    if (shared) sharedRegexBusy = false
  }
}

export interface UnmaskerOptions {
  lookup: (token: string) => MappingValue | undefined
  restoreSecrets: boolean
  /** Called once per token-shaped string this scope did not create (never with the value). */
  onUnresolved: () => void
}

export interface Unmasker {
  /** Restores tokens of `text` after `from`; `text.slice(0, from)` is boundary context only. */
  restore: (text: string, from: number, jsonEscape: boolean) => string
  unmaskText: (text: string) => string
  /** Raw JSON text (e.g. a partial_json fragment): originals are inserted JSON-escaped. */
  unmaskJsonText: (raw: string) => string
}

export function createUnmasker ({ lookup, restoreSecrets, onUnresolved }: UnmaskerOptions): Unmasker {
  function original (token: string, jsonEscape: boolean): string | undefined {
    const mapping = lookup(token)
    if (mapping === undefined) { onUnresolved(); return undefined }
    if (!restoreSecrets && isSecretKind(mapping.kind)) return undefined
    return jsonEscape ? JSON.stringify(mapping.value).slice(1, -1) : mapping.value
  }
  const plain = (token: string): string | undefined => original(token, false)
  const escaped = (token: string): string | undefined => original(token, true)
  const restore = (text: string, from: number, jsonEscape: boolean): string =>
    replaceTokens(text, from, jsonEscape ? jsonTextBoundary : tokenBoundary, jsonEscape ? escaped : plain, jsonEscape)
  return {
    restore,
    unmaskText: (text) => restore(text, 0, false),
    unmaskJsonText: (raw) => restore(raw, 0, true)
  }
}
