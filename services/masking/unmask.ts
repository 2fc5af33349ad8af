// Restoration: replace this scope's tokens by their originals, leave every other token-shaped
// string alone. The scanner mirrors createTokenRegex() (left boundary: no ASCII letter/digit
// before; right boundary: no digit after), except that the escapes `\n`, `\t`, `\r` count as the
// whitespace they stand for: the detector masks `\ni-0abc...` (JSON or log text seen flat), so
// the token after that `\n` must be restored too, in plain and raw JSON text alike. Likewise a
// URL-encoded slash (`%2F`, `%252F`, `$252F`) counts as the `/` it stands for: the detector masks
// names and ids after it, and a user's literal token there (`%2FS3_BUCKET_1`) as a token literal.
import { KIND_LABELS, isSecretKind } from './token-format.js'
import { encodedSlashBefore } from './token-match.js'
import type { MappingValue } from './types.js'

/** Is position `index` of `text` a valid token start, given the character(s) before it? */
export type BoundaryRule = (text: string, index: number) => boolean

export function isAsciiAlnum (code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

export const plainBoundary: BoundaryRule = (text, index) => index === 0 || !isAsciiAlnum(text.charCodeAt(index - 1))

function oddBackslashesBefore (text: string, index: number): boolean {
  let count = 0
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 92; i--) count++
  return count % 2 === 1
}

/**
 * After `\n`, `\t` or `\r` (an odd run of backslashes), or after a URL-encoded slash, a token
 * may start, as the detector sees it.
 */
export const tokenBoundary: BoundaryRule = (text, index) => {
  if (plainBoundary(text, index)) return true
  const before = text[index - 1]
  if (before === 'n' || before === 't' || before === 'r') return oddBackslashesBefore(text, index - 1)
  return encodedSlashBefore(text, index) > 0
}

const TOKEN_BODY_SOURCE = `(?:${KIND_LABELS.join('|')})_[1-9][0-9]*(?![0-9])`
/** Compiled once: compiling this alternation per call cost more than scanning a short text. */
const SHARED_TOKEN_REGEX = new RegExp(TOKEN_BODY_SOURCE, 'g')
let sharedRegexBusy = false

/**
 * Replaces tokens in `text` from offset `from` on (what precedes `from` is only context for the
 * boundary rule). `replacement` returns undefined to keep a token as is.
 */
export function replaceTokens (text: string, from: number, boundary: BoundaryRule,
  replacement: (token: string) => string | undefined): string {
  const shared = !sharedRegexBusy // a replacement that restores again gets its own regex
  const regex = shared ? SHARED_TOKEN_REGEX : new RegExp(TOKEN_BODY_SOURCE, 'g')
  if (shared) sharedRegexBusy = true
  try {
    regex.lastIndex = from
    let out = ''
    let last = from
    let match: RegExpExecArray | null
    while ((match = regex.exec(text)) !== null) {
      if (!boundary(text, match.index)) { regex.lastIndex = match.index + 1; continue }
      const restored = replacement(match[0])
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
    replaceTokens(text, from, tokenBoundary, jsonEscape ? escaped : plain)
  return {
    restore,
    unmaskText: (text) => restore(text, 0, false),
    unmaskJsonText: (raw) => restore(raw, 0, true)
  }
}
