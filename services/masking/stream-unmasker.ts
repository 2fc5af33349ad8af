// Streaming restoration: emit restored text as soon as no token can still change it, holding
// back only a suffix that may yet become a token (`SECURITY_GR`, `SUBNET_`, `SUBNET_12` awaiting
// a non-digit). For any chunking, the concatenated output equals batch restoration.
import { KIND_LABELS, escapedLabel } from './token-format.js'
import { jsonBoundaryContext, jsonTextBoundary, tokenBoundary, type Unmasker } from './unmask.js'

export interface StreamUnmasker {
  push: (chunk: string) => string
  end: () => string
}

/** Every non-empty prefix of every `LABEL_`, and of its markdown-escaped forms (`IAM\_ROLE\_`; doubled backslashes in raw JSON). */
function prefixesOf (escape: string): ReadonlySet<string> {
  return new Set(KIND_LABELS.flatMap((label) => {
    const full = escapedLabel(`${label}_`, escape)
    return Array.from({ length: full.length }, (_, i) => full.slice(0, i + 1))
  }))
}
const TOKEN_PREFIXES = { plain: new Set([...prefixesOf(''), ...prefixesOf('\\')]), json: new Set([...prefixesOf(''), ...prefixesOf('\\\\')]) }
/** Labels as they end before a token's digits: plain, and escaped (`IAM\_ROLE\_`). */
const LABEL_ENDS = {
  plain: KIND_LABELS.flatMap((label) => [`${label}_`, escapedLabel(`${label}_`, '\\')]),
  json: KIND_LABELS.flatMap((label) => [`${label}_`, escapedLabel(`${label}_`, '\\\\')])
}
const MAX_PREFIX_LENGTH = Math.max(...LABEL_ENDS.json.map((end) => end.length))
/**
 * Characters of already emitted text kept as boundary context (more if they are backslashes):
 * enough for an encoded slash (`$252F`), an escape (`\u00e9`) and a terminal sequence written out
 * (`\u001b[01;31m`: escapes.ts reads 16 chars at most), decoded in raw JSON.
 */
const CONTEXT_CHARS = 16

function isDigit (code: number): boolean {
  return code >= 48 && code <= 57
}

function isTokenChar (code: number): boolean {
  return (code >= 65 && code <= 90) || isDigit(code) || code === 95 || code === 92
}

/** Start of the shortest-safe held suffix of `text` (positions from `from`); text.length if none. */
export function holdStart (text: string, from: number, boundary: (text: string, index: number) => boolean, json = false): number {
  const length = text.length
  let hold = length
  let digits = length
  while (digits > from && isDigit(text.charCodeAt(digits - 1))) digits--
  if (digits < length && text[digits] !== '0' && text[digits - 1] === '_') {
    for (const end of json ? LABEL_ENDS.json : LABEL_ENDS.plain) {
      const start = digits - end.length
      if (start >= from && start < hold && text.startsWith(end, start) && boundary(text, start)) hold = start
    }
  }
  // a label prefix is made of A-Z, 0-9, `_` and (escaping it) `\` only: look inside the trailing run of those
  let run = length
  const low = Math.max(from, length - MAX_PREFIX_LENGTH)
  while (run > low && isTokenChar(text.charCodeAt(run - 1))) run--
  const prefixes = json ? TOKEN_PREFIXES.json : TOKEN_PREFIXES.plain
  for (let p = run; p < hold; p++) {
    const c = text.charCodeAt(p)
    if (c >= 65 && c <= 90 && prefixes.has(text.slice(p)) && boundary(text, p)) { hold = p; break }
  }
  return hold
}

/**
 * Keeps the last few characters, and the parity of a run of backslashes they start in (JSON
 * escapes): only whether a run is odd counts, so one backslash of it at most is kept before them.
 * The whole run kept grew the context by every chunk of a long run (quadratic: 400,000
 * backslashes in 32-char chunks took ~8 s).
 */
function contextOf (text: string): string {
  const start = Math.max(0, text.length - CONTEXT_CHARS)
  let run = start
  while (run > 0 && text.charCodeAt(run - 1) === 92) run--
  return text.slice(start - (start - run) % 2)
}

export function createStreamUnmasker (unmasker: Unmasker, { jsonEscape = false } = {}): StreamUnmasker {
  let context = '' // original text already emitted, for the left-boundary rule
  let held = ''
  const boundary = jsonEscape ? jsonTextBoundary : tokenBoundary
  return {
    push (chunk: string): string {
      if (chunk.length === 0) return ''
      const text = context + held + chunk
      const from = context.length
      const hold = holdStart(text, from, boundary, jsonEscape)
      const out = unmasker.restore(text.slice(0, hold), from, jsonEscape)
      context = jsonEscape ? jsonBoundaryContext(text.slice(0, hold), CONTEXT_CHARS) : contextOf(text.slice(0, hold))
      held = text.slice(hold)
      return out
    },
    end (): string {
      const out = held.length === 0 ? '' : unmasker.restore(context + held, context.length, jsonEscape)
      context = ''
      held = ''
      return out
    }
  }
}
