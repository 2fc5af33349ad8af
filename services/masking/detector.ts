// The one-pass detector: a hand-written scanner walks the text once, word by word. Cheap
// features of each word (length, first char, the char after it, digits only, ...) say which
// shapes could start there; only those run, as sticky regexes at that position, most specific
// first, and their handlers emit fine-grained matches (ARN parts, host labels, field values).
// JSON escapes (`\n`, `\u00e9`, `\"`) are stepped over whole, so no match starts inside one.
import type { Detector, DetectContext, Match } from './types.js'
import { MatchSink, WordSet } from './detect-sink.js'
import { ALTERNATIVES } from './detect-alternatives.js'
import { detectInField } from './detect-context.js'
import { hasFieldRole } from './detect-fields.js'
import { NOUN_FIRST_WORDS } from './detect-prose.js'
import { RESOURCE_ID_PREFIXES } from './catalogue.js'
import { tokenEndAt } from './token-match.js'

const NOUN_WORDS = new WordSet(NOUN_FIRST_WORDS)
/** First words of id shapes that continue with `-`: resource prefixes, db-, mrk-, ou-, regions (Cognito). */
const ID_HEADS = new WordSet([...Object.keys(RESOURCE_ID_PREFIXES).map(p => p.split('-')[0]),
  'db', 'cluster', 'mrk', 'fleet', 'ou', 'o', 'r', 'us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn'])

type Shape = keyof typeof ALTERNATIVES
const sticky: Record<string, RegExp> = Object.fromEntries(
  Object.values(ALTERNATIVES).map(a => [a.name, new RegExp(a.source, 'y')]))

/** Runs one shape at `pos`; returns where scanning continues, or -1 when it does not apply. */
function attempt (shape: Shape, text: string, pos: number, sink: MatchSink): number {
  const alt = ALTERNATIVES[shape]
  if (pos > 0 && alt.notAfter !== undefined && alt.notAfter.includes(text[pos - 1]) && text.charCodeAt(pos - 2) !== 92) return -1
  const re = sticky[shape]
  re.lastIndex = pos
  if (!re.test(text)) return -1 // test(): no match array, no substring
  return alt.handle(text, pos, re.lastIndex, sink)
}

// Character classes of ASCII codes: 1 digit, 2 lower, 4 upper.
const CLASS = new Uint8Array(128)
for (let c = 48; c <= 57; c++) CLASS[c] = 1
for (let c = 97; c <= 122; c++) CLASS[c] = 2
for (let c = 65; c <= 90; c++) CLASS[c] = 4
const HEX = new Uint8Array(128)
for (const ch of '0123456789abcdefABCDEF') HEX[ch.charCodeAt(0)] = 1

function cls (c: number): number { return c < 128 ? CLASS[c] : 0 }

/** Tries the shapes that can start at the word text[i, j) (alphanumerics only). */
function atWord (text: string, i: number, j: number, flags: number, hex: boolean, sink: MatchSink): number {
  const len = j - i
  const first = text.charCodeAt(i)
  const after = j < text.length ? text.charCodeAt(j) : 0
  let r = -1
  const firstCls = cls(first)
  if (firstCls === 4 && after === 95 /* _ */ && (r = tokenEndAt(text, i)) >= 0) { sink.push(i, r, 'token_literal'); return r }
  if (after === 58 /* : */) {
    const c2 = text.charCodeAt(j + 1)
    if ((c2 === 47 || c2 === 92) && (r = attempt('url', text, i, sink)) >= 0) return r
    if (len === 3 && text.startsWith('arn', i) && (r = attempt('arn', text, i, sink)) >= 0) return r
    if (len === 7 && text.startsWith('resolve', i) && (r = attempt('dynamic_reference', text, i, sink)) >= 0) return r
  } else if (after === 43 /* + */ && (r = attempt('url', text, i, sink)) >= 0) return r
  if (flags === 1) { // digits only
    if (len <= 3 && after === 46 && (r = attempt('ipv4', text, i, sink)) >= 0) return r
    if ((len === 12 || (len === 4 && after === 45)) && (r = attempt('account_id', text, i, sink)) >= 0) return r
  }
  if (first === 65 /* A */ && (len === 20 || len === 21) && (flags & 2) === 0 && (r = attempt('access_key_id', text, i, sink)) >= 0) return r
  if ((first === 73 || first === 70) && len >= 12 && (r = attempt('session_token', text, i, sink)) >= 0) return r
  if (after === 45 /* - */ && firstCls === 2 && len <= 8 && ID_HEADS.has(text, i, j)) {
    if ((r = attempt('resource_id', text, i, sink)) >= 0) return r
    if ((r = attempt('shaped_id', text, i, sink)) >= 0) return r
  } else if ((first === 90 || first === 69) && len >= 10 && (r = attempt('shaped_id', text, i, sink)) >= 0) return r
  if (hex && len <= 4 && after === 58 && (r = attempt('ipv6', text, i, sink)) >= 0) return r
  if ((r = atKeyOrName(text, i, j, len, after, firstCls, sink)) >= 0) return r
  if ((len === 40 || after === 47 || after === 43) && (r = bareSecret(text, i, sink)) >= 0) return r
  return -1
}

function atKeyOrName (text: string, i: number, j: number, len: number, after: number, firstCls: number, sink: MatchSink): number {
  let r = -1
  if (isKeyContinuation(after) && (r = attemptKeyValue(text, i, j, sink)) >= 0) return r
  if ((after === 32 || after === 9 || after === 58 || after === 45) && len >= 2 && len <= 12 &&
      NOUN_WORDS.has(text, i, j) && (r = attempt('noun', text, i, sink)) >= 0) return r
  if ((after === 45 || after === 95) && firstCls <= 2 && (r = attempt('self_describing_name', text, i, sink)) >= 0) return r
  return -1
}

/** Chars that may follow the alphanumeric head of a key before its separator. */
function isKeyContinuation (c: number): boolean {
  return c === 58 || c === 61 || c === 34 || c === 39 || c === 92 || c === 95 || c === 46 || c === 45 || c === 32 || c === 9
}

function attemptKeyValue (text: string, i: number, j: number, sink: MatchSink): number {
  let k = j
  const limit = Math.min(text.length, i + 62)
  while (k < limit) {
    const c = text.charCodeAt(k)
    if (cls(c) !== 0 || c === 95 || c === 46 || c === 45) k++
    else break
  }
  const keyEnd = k
  if (text.charCodeAt(k) === 92) k++
  const q = text.charCodeAt(k)
  if (q === 34 || q === 39) k++
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++
  const sep = text.charCodeAt(k)
  if (sep !== 58 && sep !== 61) return -1
  if (!hasFieldRole(text, i, keyEnd)) return -1 // most keys say nothing: skip the regex
  return attempt('key_value', text, i, sink)
}

function bareSecret (text: string, i: number, sink: MatchSink): number {
  let k = i
  while (k < text.length && k - i <= 40) {
    const c = text.charCodeAt(k)
    if (cls(c) !== 0 || c === 47 || c === 43) k++
    else break
  }
  return k - i === 40 ? attempt('bare_secret_key', text, i, sink) : -1
}

/** Shapes that start at punctuation: `@domain`, `.amazonaws.com`, `/aws/`, `-----BEGIN`, `--flag`. */
function atPunct (text: string, i: number, c: number, sink: MatchSink): number {
  const next = text.charCodeAt(i + 1)
  if (c === 64) return i > 0 && cls(text.charCodeAt(i - 1)) !== 0 ? attempt('email', text, i, sink) : -1
  if (c === 46) return (next === 97 || next === 99 || next === 101 || next === 111) ? attempt('aws_host', text, i, sink) : -1
  if (c === 47) return next === 97 && text.startsWith('/aws/', i) ? attempt('log_group', text, i, sink) : -1
  if (c === 45 && next === 45) {
    if (text.startsWith('-----BEGIN', i)) return attempt('private_key', text, i, sink)
    return cls(text.charCodeAt(i + 2)) === 2 ? attempt('key_value', text, i, sink) : -1
  }
  if (c >= 0xAC00 && c <= 0xD7A3) return attempt('noun', text, i, sink) // Korean nouns (버킷, ...)
  return -1
}

export function scan (text: string, sink: MatchSink): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = cls(c)
    if (k === 0) {
      if (c === 92) { i += text.charCodeAt(i + 1) === 117 ? 6 : 2; continue } // JSON escape
      const r = (c === 64 || c === 46 || c === 47 || c === 45 || c >= 0xAC00) ? atPunct(text, i, c, sink) : -1
      i = r > i ? skipWordTail(text, r) : i + 1
      continue
    }
    let j = i + 1
    let flags = k
    let hex = HEX[c] === 1
    for (; j < n; j++) {
      const d = text.charCodeAt(j)
      const e = cls(d)
      if (e === 0) break
      flags |= e
      if (HEX[d] !== 1) hex = false
    }
    const r = atWord(text, i, j, flags, hex, sink)
    i = r > i ? skipWordTail(text, r) : j
  }
}

/** A handler may stop inside a word; never start a new word there. */
function skipWordTail (text: string, pos: number): number {
  while (pos < text.length && pos > 0 && cls(text.charCodeAt(pos)) !== 0 && cls(text.charCodeAt(pos - 1)) !== 0) pos++
  return pos
}

export const detect: Detector = (text: string, context?: DetectContext): Match[] => {
  const sink = new MatchSink()
  if (context !== undefined && detectInField(text, context, sink)) return sink.list
  scan(text, sink)
  return sink.list
}
