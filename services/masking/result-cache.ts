// Results a conversation's next turn can reuse. Clients resend the whole conversation each turn,
// so without this every turn masks and verifies all of its history again. Shared by all scopes
// of a masker, bounded by an estimate of the bytes it holds, least recently used out first.
//
// Why a reuse is exact: within one live index (uid) a value keeps its token for good and values
// are only ever added, and detection depends on the text alone. So a text masks the same again
// unless a value learnt since occurs in it (checked before reuse); a text found clean stays
// clean, since the tokens that made it clean stay the scope's.
import { contextKey, type DetectContext } from './types.js'

/** Shorter texts are cheap to mask again, and many: not worth an entry. */
export const MIN_CACHED_TEXT = 256
/** More values learnt since an entry than this and it is masked afresh (the check is per value). */
const MAX_VALUES_TO_CHECK = 64
const REF_BYTES = 16 // per token reference kept for the metrics and the summary
const VERIFIED_BYTES = 64 // a map entry (the text is counted as the key)

export interface MaskedText {
  masked: string
  /** Tokens put in, in order, and their kinds: replayed into the metrics and the summary. */
  tokens: string[]
  kinds: string[]
}

/** A result found by `peek` (opaque to callers). */
export type KeptText = MaskedText & { readonly knownAt: number }

interface Entry extends MaskedText {
  /** The index's known-value count when this was masked. */
  knownAt: number
  bytes: number
}

export interface KnownValuesVersion {
  size: number
  addedSinceIn: (count: number, text: string) => boolean
}

export interface ResultCache {
  /**
   * The masked form of `text` in index `uid`, when still exact given the index's known values as
   * they are now: ask only once this batch's own values are learnt (they count in its texts too).
   */
  masked: (kept: KeptText, text: string, knownValues: KnownValuesVersion) => MaskedText | undefined
  /** The kept result, unchecked (before deciding whether to scan a text): hand it to `masked`. */
  peek: (uid: number, text: string, context: DetectContext | undefined) => KeptText | undefined
  rememberMasked: (uid: number, text: string, context: DetectContext | undefined, knownAt: number, result: MaskedText) => void
  /** Whether this exact text was found clean in index `uid` before. */
  verified: (uid: number, text: string) => boolean
  rememberVerified: (uid: number, text: string) => void
  stats: () => { entries: number, bytes: number }
}

interface Bucket {
  /** Results for this text, by scope index and context: one text (a shared system prompt) can
   * stand in many conversations, each with its own tokens. Oldest first. */
  results: Map<string, Entry | true>
  bytes: number
}

const MAX_RESULTS_PER_TEXT = 32

const resultKey = (uid: number, context: DetectContext | undefined): string =>
  context === undefined ? String(uid) : `${uid}:${contextKey(context)}`

export function createResultCache (maxBytes: number): ResultCache {
  // One map, so one budget and one LRU order: text -> its masked results and whether it was
  // found clean (the text itself is the key: hashing it is cheaper than any digest).
  const buckets = new Map<string, Bucket>()
  let bytes = 0
  let results = 0

  function put (key: string, keyBytes: number, result: string, value: Entry | true, size: number): void {
    if (size + keyBytes > maxBytes) return
    let bucket = buckets.get(key)
    if (bucket === undefined) {
      bucket = { results: new Map(), bytes: keyBytes }
      bytes += keyBytes
    } else buckets.delete(key) // re-inserted below: most recently used
    buckets.set(key, bucket)
    const old = bucket.results.get(result)
    if (old !== undefined) drop(bucket, result, old)
    bucket.results.set(result, value)
    bucket.bytes += size
    bytes += size
    results++
    if (bucket.results.size > MAX_RESULTS_PER_TEXT) {
      const [oldest, entry] = bucket.results.entries().next().value as [string, Entry | true]
      drop(bucket, oldest, entry)
    }
    for (const [k, b] of buckets) {
      if (bytes <= maxBytes) break
      buckets.delete(k)
      bytes -= b.bytes
      results -= b.results.size
    }
  }

  function drop (bucket: Bucket, result: string, value: Entry | true): void {
    const size = value === true ? VERIFIED_BYTES : value.bytes
    bucket.results.delete(result)
    bucket.bytes -= size
    bytes -= size
    results--
  }

  function lookup (key: string, result: string): Entry | true | undefined {
    const bucket = buckets.get(key)
    const value = bucket?.results.get(result)
    if (value === undefined) return undefined
    buckets.delete(key) // most recently used
    buckets.set(key, bucket as Bucket)
    return value
  }

  return {
    peek (uid, text, context) {
      const entry = lookup(text, resultKey(uid, context))
      return typeof entry === 'object' ? entry : undefined
    },
    masked (kept, text, knownValues) {
      const entry = kept as Entry
      const learnt = knownValues.size - entry.knownAt
      if (learnt > 0) {
        if (learnt > MAX_VALUES_TO_CHECK || knownValues.addedSinceIn(entry.knownAt, text)) return undefined
        entry.knownAt = knownValues.size // each value learnt is looked for once per text
      }
      return entry
    },
    rememberMasked (uid, text, context, knownAt, result) {
      if (text.length < MIN_CACHED_TEXT) return
      const size = 2 * result.masked.length + REF_BYTES * 2 * result.tokens.length
      put(text, 2 * text.length, resultKey(uid, context), { ...result, knownAt, bytes: size }, size)
    },
    verified: (uid, text) => lookup(text, 'v' + uid) === true,
    rememberVerified (uid, text) {
      put(text, 2 * text.length, 'v' + uid, true, VERIFIED_BYTES)
    },
    stats: () => ({ entries: results, bytes })
  }
}
