// Results a conversation's next turn can reuse. Clients resend the whole conversation each turn,
// so without this every turn masks and verifies all of its history again. Shared by all scopes
// of a masker, bounded by an estimate of the bytes it holds, least recently used out first.
//
// Why a reuse is exact: within one live index (uid) a value keeps its token for good and values
// are only ever added, and detection depends on the text alone. So a text masks the same again
// unless a value learnt since occurs in it (looked for before reuse); a text found clean stays
// clean, since the tokens that made it clean stay the scope's.
import { contextKey, type DetectContext, type Match } from './types.js'
import { nameRunHashes } from './known-values.js'

/** Shorter texts are cheap to mask again, and many: not worth an entry. */
export const MIN_CACHED_TEXT = 256
/** Detection costs more than a lookup from here (tool schema descriptions run 100-300 chars). */
export const MIN_DETECTED_TEXT = 64
/** More values learnt since an entry than this and it is masked afresh (they are indexed to check). */
const MAX_VALUES_TO_CHECK = 100_000
// Heap estimates, measured (100,000 entries of 100-char texts: ~630 bytes each, text included)
const REF_BYTES = 16 // per token reference kept for the metrics and the summary
const TEXT_BYTES = 320 // a text's own entry, its results map and its place under its fingerprint
const SLOT_BYTES = 96 // a result's slot and its place in the LRU order
const MATCH_BYTES = 48 // a kept match object
const RUNS_BYTES = 64 // a typed array's own object, besides its 4 bytes a hash

export interface MaskedText {
  masked: string
  /** Tokens put in, in order: replayed into the summary (only asked for by /analyze). */
  tokens: string[]
  /** How many tokens of each kind went in: replayed into the metrics without a walk over every token. */
  kinds: Map<string, number>
}

/** A result found by `peek` (opaque to callers). */
export interface KeptText { readonly value: unknown }

interface Entry extends MaskedText {
  /** The index's known-value count when this was masked. */
  knownAt: number
}

export interface KnownValuesVersion {
  size: number
  /** Whether a value added after the first `count` may occur in `text` (`runs`: its nameRunHashes). */
  addedSinceIn: (count: number, text: string, runs: Int32Array) => boolean
}

export interface ResultCache {
  /**
   * The kept result for `text`, when still exact given the index's known values as they are now:
   * ask only once this batch's own values are learnt (they count in its texts too).
   */
  masked: (kept: KeptText, text: string, knownValues: KnownValuesVersion) => MaskedText | undefined
  /** The kept result, unchecked (before deciding whether to scan a text): hand it to `masked`. */
  peek: (uid: number, text: string, context: DetectContext | undefined) => KeptText | undefined
  rememberMasked: (uid: number, text: string, context: DetectContext | undefined, knownAt: number, result: MaskedText) => void
  /** Whether this exact text (a JSON part, or a string read in `context`) was found clean in index `uid` before. */
  verified: (uid: number, text: string, context?: DetectContext) => boolean
  rememberVerified: (uid: number, text: string, context?: DetectContext) => void
  /**
   * What the detector found in `text` read in `context`, when it read it before (in any scope:
   * detection depends on the text and context alone). Read only: callers must not change it.
   */
  detected: (text: string, context: DetectContext | undefined) => readonly Match[] | undefined
  rememberDetected: (text: string, context: DetectContext | undefined, matches: readonly Match[]) => void
  /** JSON.stringify(text), kept: a resent turn's masked texts are serialised again every request. */
  quoted: (text: string) => string
  /** The nameRunHashes of a text the cache holds (made once, counted), to tell which known values it may hold. */
  runs: (text: string) => Int32Array | undefined
  stats: () => { entries: number, bytes: number }
}

/** One kept result of one text. */
interface Slot {
  entry: TextEntry
  result: string
  value: Value
  size: number
}

/** A masked result, a verification, detected matches, or a text's JSON-quoted form. */
type Value = Entry | true | readonly Match[] | string

/** A text and its results (by scope index and context). */
interface TextEntry {
  text: string
  print: number
  results: Map<string, Slot>
  /** Its nameRunHashes, once asked for. */
  runs?: Int32Array
}

/** Results per text, by scope index and context: one text (a shared system prompt) can stand in
 * many conversations, each with its own tokens. */
const MAX_RESULTS_PER_TEXT = 32
/** Texts kept under one fingerprint; a ninth pushes the oldest out (a cost, never a wrong answer). */
const MAX_TEXTS_PER_PRINT = 8
/** Texts up to this long are read whole; longer ones at 256 scattered chars and both ends. */
const PRINT_WHOLE = 512
const PRINT_SAMPLES = 256
const PRINT_ENDS = 64

const resultKey = (uid: number, context: DetectContext | undefined): string =>
  context === undefined ? String(uid) : `${uid}:${contextKey(context)}`
const QUOTED_KEY = 'q'
const detectionKey = (context: DetectContext | undefined): string =>
  context === undefined ? 'd' : `d:${contextKey(context)}`

/**
 * A cheap fingerprint. A Map keyed by the text itself hashes every char of each fresh text
 * (~14 us for 10 KB, several lookups a request); this reads a short text whole and a long one at
 * its ends and 256 chars scattered by a multiplicative hash (no stride for a fixed-width table to
 * alias with). Texts are compared whole on a fingerprint match: a collision costs a compare.
 */
export function fingerprint (text: string): number {
  const n = text.length
  let h = n | 0
  if (n <= PRINT_WHOLE) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
    return h
  }
  for (let i = 0; i < PRINT_ENDS; i++) h = Math.imul(h ^ text.charCodeAt(i) ^ (text.charCodeAt(n - 1 - i) << 16), 16777619)
  for (let k = 1; k <= PRINT_SAMPLES; k++) h = Math.imul(h ^ text.charCodeAt((Math.imul(k, 2654435761) >>> 0) % n), 16777619)
  return h
}

export function createResultCache (maxBytes: number): ResultCache {
  // fingerprint -> texts -> their results (masked forms, and whether a text was found clean).
  // One LRU order over all results, one budget; a text's bytes count once, while it has a result.
  const byPrint = new Map<number, TextEntry[]>()
  const order = new Set<Slot>() // least recently used first
  let bytes = 0

  function find (text: string, print: number): TextEntry | undefined {
    const texts = byPrint.get(print)
    if (texts !== undefined) for (const entry of texts) if (entry.text === text) return entry
    return undefined
  }

  function forget (entry: TextEntry): void {
    const texts = byPrint.get(entry.print) as TextEntry[]
    texts.splice(texts.indexOf(entry), 1)
    if (texts.length === 0) byPrint.delete(entry.print)
    bytes -= 2 * entry.text.length + TEXT_BYTES + runsBytes(entry)
  }

  const runsBytes = (entry: TextEntry): number => entry.runs === undefined ? 0 : RUNS_BYTES + entry.runs.byteLength

  function runsOf (entry: TextEntry): Int32Array {
    if (entry.runs === undefined) {
      entry.runs = nameRunHashes(entry.text)
      bytes += runsBytes(entry)
    }
    return entry.runs
  }

  function remove (slot: Slot): void {
    slot.entry.results.delete(slot.result)
    order.delete(slot)
    bytes -= slot.size
    if (slot.entry.results.size === 0) forget(slot.entry)
  }

  function put (text: string, result: string, value: Value, size: number): void {
    // the result key holds the context's field name, as long as a client makes it: counted
    size += SLOT_BYTES + 2 * result.length
    if (size + 2 * text.length + TEXT_BYTES > maxBytes) return
    const print = fingerprint(text)
    let entry = find(text, print)
    const old = entry?.results.get(result)
    if (old !== undefined) { remove(old); entry = find(text, print) }
    if (entry === undefined) {
      entry = { text, print, results: new Map() }
      const texts = byPrint.get(print)
      if (texts === undefined) byPrint.set(print, [entry])
      else {
        texts.push(entry)
        if (texts.length > MAX_TEXTS_PER_PRINT) for (const slot of [...texts[0].results.values()]) remove(slot)
      }
      bytes += 2 * text.length + TEXT_BYTES
    }
    const slot: Slot = { entry, result, value, size }
    entry.results.set(result, slot)
    order.add(slot)
    bytes += size
    if (entry.results.size > MAX_RESULTS_PER_TEXT) remove(entry.results.values().next().value as Slot)
    evictOverBudget()
  }

  function evictOverBudget (): void {
    for (const oldest of order) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  /** Looks for the values learnt since `kept` was masked, by the text's run hashes. */
  function addedSince (slot: Slot, kept: Entry, knownValues: KnownValuesVersion): boolean {
    const runs = runsOf(slot.entry)
    const found = knownValues.addedSinceIn(kept.knownAt, slot.entry.text, runs)
    evictOverBudget()
    return found
  }

  function lookupSlot (text: string, result: string): Slot | undefined {
    const slot = find(text, fingerprint(text))?.results.get(result)
    if (slot === undefined) return undefined
    order.delete(slot) // most recently used
    order.add(slot)
    return slot
  }

  const lookup = (text: string, result: string): Value | undefined => lookupSlot(text, result)?.value

  return {
    peek (uid, text, context) {
      const slot = lookupSlot(text, resultKey(uid, context))
      return slot !== undefined && typeof slot.value === 'object' && !Array.isArray(slot.value) ? slot : undefined
    },
    masked (kept, text, knownValues) {
      const slot = kept as Slot
      const entry = slot.value as Entry
      const learnt = knownValues.size - entry.knownAt
      if (learnt > 0) {
        if (learnt > MAX_VALUES_TO_CHECK || addedSince(slot, entry, knownValues)) return undefined
        entry.knownAt = knownValues.size // each value learnt is looked for once per text
      }
      return entry
    },
    rememberMasked (uid, text, context, knownAt, result) {
      if (text.length < MIN_CACHED_TEXT) return
      put(text, resultKey(uid, context), { ...result, knownAt }, 2 * result.masked.length + REF_BYTES * (result.tokens.length + result.kinds.size))
    },
    verified: (uid, text, context) => lookup(text, 'v' + resultKey(uid, context)) === true,
    rememberVerified (uid, text, context) {
      put(text, 'v' + resultKey(uid, context), true, 0)
    },
    detected (text, context) {
      if (text.length < MIN_DETECTED_TEXT) return undefined
      const entry = lookup(text, detectionKey(context))
      return Array.isArray(entry) ? entry : undefined
    },
    rememberDetected (text, context, matches) {
      if (text.length < MIN_DETECTED_TEXT) return
      put(text, detectionKey(context), matches, MATCH_BYTES * matches.length)
    },
    runs (text) {
      const entry = find(text, fingerprint(text))
      if (entry === undefined) return undefined
      const runs = runsOf(entry)
      evictOverBudget()
      return runs
    },
    quoted (text) {
      const kept = lookup(text, QUOTED_KEY)
      if (typeof kept === 'string') return kept
      const quoted = JSON.stringify(text)
      put(text, QUOTED_KEY, quoted, 2 * quoted.length)
      return quoted
    },
    stats: () => ({ entries: order.size, bytes })
  }
}
