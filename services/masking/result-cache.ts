// Results a conversation's next turn can reuse. Clients resend the whole conversation each turn,
// so without this every turn masks and verifies all of its history again. Shared by all scopes
// of a masker, bounded by an estimate of the bytes it holds, least recently used out first.
//
// Why a reuse is exact: within one live index (uid) a value keeps its token for good and values
// are only ever added, and detection depends on the text alone. So a text masks the same again
// unless a value learnt since occurs in it (looked for before reuse); a text found clean stays
// clean, since the tokens that made it clean stay the scope's.
import { contextKey, type DetectContext } from './types.js'

/** Shorter texts are cheap to mask again, and many: not worth an entry. */
export const MIN_CACHED_TEXT = 256
/** More values learnt since an entry than this and it is masked afresh (they are indexed to check). */
const MAX_VALUES_TO_CHECK = 100_000
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
}

export interface KnownValuesVersion {
  size: number
  addedSinceIn: (count: number, text: string) => boolean
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
  /** Whether this exact text was found clean in index `uid` before. */
  verified: (uid: number, text: string) => boolean
  rememberVerified: (uid: number, text: string) => void
  stats: () => { entries: number, bytes: number }
}

/** One kept result of one text. */
interface Slot {
  text: string
  result: string
  value: Entry | true
  size: number
}

/** Results per text, by scope index and context: one text (a shared system prompt) can stand in
 * many conversations, each with its own tokens. */
const MAX_RESULTS_PER_TEXT = 32

const resultKey = (uid: number, context: DetectContext | undefined): string =>
  context === undefined ? String(uid) : `${uid}:${contextKey(context)}`

export function createResultCache (maxBytes: number): ResultCache {
  // text -> its results (masked forms, and whether it was found clean): the text itself is the
  // key, hashing it is cheaper than any digest. One LRU order over all results, one budget; a
  // text's bytes count once, while it has a result.
  const byText = new Map<string, Map<string, Slot>>()
  const order = new Set<Slot>() // least recently used first
  let bytes = 0

  function remove (slot: Slot): void {
    const results = byText.get(slot.text) as Map<string, Slot>
    results.delete(slot.result)
    order.delete(slot)
    bytes -= slot.size
    if (results.size === 0) { byText.delete(slot.text); bytes -= 2 * slot.text.length }
  }

  function put (text: string, result: string, value: Entry | true, size: number): void {
    if (size + 2 * text.length > maxBytes) return
    const old = byText.get(text)?.get(result)
    if (old !== undefined) remove(old)
    let results = byText.get(text)
    if (results === undefined) { results = new Map(); byText.set(text, results); bytes += 2 * text.length }
    const slot: Slot = { text, result, value, size }
    results.set(result, slot)
    order.add(slot)
    bytes += size
    if (results.size > MAX_RESULTS_PER_TEXT) remove(results.values().next().value as Slot)
    for (const oldest of order) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  function lookup (text: string, result: string): Entry | true | undefined {
    const slot = byText.get(text)?.get(result)
    if (slot === undefined) return undefined
    order.delete(slot) // most recently used
    order.add(slot)
    return slot.value
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
      put(text, resultKey(uid, context), { ...result, knownAt }, 2 * result.masked.length + REF_BYTES * 2 * result.tokens.length)
    },
    verified: (uid, text) => lookup(text, 'v' + uid) === true,
    rememberVerified (uid, text) {
      put(text, 'v' + uid, true, VERIFIED_BYTES)
    },
    stats: () => ({ entries: order.size, bytes })
  }
}
