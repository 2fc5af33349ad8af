// Where scanner handlers put what they find. Handlers work left to right, so the list stays
// sorted; a handler that looks backwards (e-mail local parts, hostnames) first drops what it covers.
import type { Match } from './types.js'

export class MatchSink {
  readonly list: Match[] = []
  /** Matches found ahead of the scan (the rows a wrapped table cell continues on), merged at the end. */
  deferred: Match[] | undefined

  /** End of the last match, so backward-looking handlers never overlap it. */
  get lastEnd (): number {
    const last = this.list[this.list.length - 1]
    return last === undefined ? 0 : last.end
  }

  push (start: number, end: number, kind: string): void {
    if (end <= start || start < this.lastEnd) return
    this.list.push({ start, end, kind })
  }

  /** Drops matches starting at or after `pos`; returns where a new match may start. */
  dropFrom (pos: number): number {
    const list = this.list
    while (list.length > 0 && list[list.length - 1].start >= pos) list.pop()
    return Math.max(pos, this.lastEnd)
  }
}

/**
 * Runs a sticky regex with the `d` flag at `from` and masks its first group as `kind`: the end of
 * what was masked, or -1 when the regex does not match there.
 */
export function pushCapture (re: RegExp, text: string, from: number, kind: string, sink: MatchSink): number {
  re.lastIndex = from
  const span = re.exec(text)?.indices?.[1]
  if (span === undefined) return -1
  sink.push(span[0], span[1], kind)
  return span[1]
}

/** indexOf that gives up at `end`: an unbounded search per match is quadratic on a big text. */
export function indexWithin (text: string, search: string, from: number, end: number): number {
  const first = search.charCodeAt(0)
  const last = Math.min(end, text.length) - search.length
  for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) === first && (search.length === 1 || text.startsWith(search, i))) return i
  }
  return -1
}

/**
 * text.charCodeAt(k), or -1 outside the text, without reading out of bounds: V8 turns a
 * charCodeAt that once read past either end (the char before a text's first word) into a
 * generic call for good, and the scanner's checks around every word are its hottest reads.
 */
export function codeAt (text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : -1
}

/** Last index of the char `code` before `from`, looking back no further than `stop`, or -1. */
export function lastIndexWithin (text: string, code: number, from: number, stop: number): number {
  for (let i = from - 1; i >= stop && i >= 0; i--) if (text.charCodeAt(i) === code) return i
  return -1
}

const CH_0 = 48
const CH_9 = 57
const CH_A = 65
const CH_Z = 90
const CH_a = 97
const CH_z = 122

export function isDigit (c: number): boolean {
  return c >= CH_0 && c <= CH_9
}

export function isAlnum (c: number): boolean {
  return (c >= CH_a && c <= CH_z) || (c >= CH_A && c <= CH_Z) || (c >= CH_0 && c <= CH_9)
}

/** Characters of a DNS host name. */
export function isHostChar (c: number): boolean {
  return isAlnum(c) || c === 45 /* - */ || c === 46 /* . */
}

/** Characters of a customer resource name (S3, RDS, Lambda, ... names). */
export function isNameChar (c: number): boolean {
  return isAlnum(c) || c === 45 || c === 46 || c === 95 /* _ */
}

export const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/**
 * A set of lower-case ASCII words tested against text[i, j) without slicing (the scanner asks
 * this for almost every word, so it must not allocate). Case-insensitive on the first char only.
 */
export class WordSet {
  // words by (length, first char): the scanner's question usually fails at the index
  private readonly byKey: Array<string[] | undefined> = []
  /** 1 where byKey has a list: a byte load answers the usual miss. */
  private readonly present = new Uint8Array(256 << 7)
  constructor (words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0 || w.length > 255) continue
      const key = WordSet.key(w.length, w.charCodeAt(0))
      ;(this.byKey[key] ??= []).push(w)
      this.present[key] = 1
    }
  }

  private static key (length: number, first: number): number {
    return (length << 7) | (first & 0x7f)
  }

  has (text: string, i: number, j: number): boolean {
    if (j - i > 255) return false
    const first = text.charCodeAt(i) | 0x20
    if (first > 127) return false
    const key = WordSet.key(j - i, first)
    if (this.present[key] === 0) return false
    const list = this.byKey[key]
    if (list === undefined) return false
    for (const w of list) {
      if (w.charCodeAt(0) !== first) continue
      let k = 1
      while (k < w.length && text.charCodeAt(i + k) === w.charCodeAt(k)) k++
      if (k === w.length) return true
    }
    return false
  }
}
