// One mapping scope seen by one request: masks (detector + values the scope already knows),
// restores only its own tokens, verifies outgoing text. Talks to the store once per batch.
import { performance } from 'node:perf_hooks'
import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { MaskingMetrics } from './metrics.js'
import { labelFor } from './token-format.js'
import { collectStrings, mapStrings, rebuildWithStrings, type StringSite } from './json-walk.js'
import { createUnmasker, tokenBoundary } from './unmask.js'
import { createStreamUnmasker, type StreamUnmasker } from './stream-unmasker.js'
import { findLeakedKinds, sitesOfJson } from './verify.js'
import { KnownValues, spreads } from './known-values.js'
import { MIN_CACHED_TEXT, MIN_DETECTED_TEXT, type KeptText, type MaskedText, type ResultCache } from './result-cache.js'
import { indexWithin } from './detect-sink.js'
import type { DetectPool } from './detect-pool.js'
import { contextKey, LeakDetectedError, MappingLimitError, type DetectContext, type Detector, type LiveScopeIndex,
  type MappingStore, type MappingValue, type Match, type TokenRequest } from './types.js'

export interface MaskScope {
  readonly id: string
  maskText: (text: string, context?: DetectContext) => Promise<string>
  maskStrings: (texts: string[]) => Promise<string[]>
  maskJson: (value: unknown) => Promise<unknown>
  unmaskText: (text: string) => string
  unmaskJson: (value: unknown) => unknown
  /** Restores raw JSON text (originals inserted JSON-escaped). */
  unmaskJsonText: (raw: string) => string
  /** JSON.stringify(text); a conversation's long texts keep their quoted form for its next turns. */
  quoteJson: (text: string) => string
  streamUnmasker: (options?: { jsonEscape?: boolean }) => StreamUnmasker
  /** Rejects with LeakDetectedError when the text still holds an identifier; `where` names the part for the client. */
  assertClean: (text: string, where?: string) => Promise<void>
  /**
   * The same for a JSON document about to be sent: its keys, decoded strings and numbers are read.
   * `parsed`, when given, must be JSON.parse(json) (a caller that serialised it from that value).
   */
  assertCleanJson: (json: string, where?: string, parsed?: unknown) => Promise<void>
  summary: () => { total: number, byKind: Record<string, number> }
  /** Every mapping this handle knows (for the CLI's --map). */
  mappings: () => Map<string, MappingValue>
  release: () => Promise<void>
}

export interface ScopeOptions {
  id: string
  store: MappingStore
  detector: Detector
  metrics: MaskingMetrics
  restoreSecrets: boolean
  ttlMs: number
  /**
   * Mappings the scope already holds: the store's live index (kept current by the store), or a
   * map loaded from the store, which the scope takes over and indexes itself.
   */
  known: LiveScopeIndex | Map<string, MappingValue>
  /** Results kept for the next turn (with a live index: it has a uid), and detected matches (any scope). */
  cache?: ResultCache
  /** Whether the scope comes back (a conversation): only then are its own results kept. */
  keepResults?: boolean
  /** Worker threads for texts too long to detect on the event loop (the detector must be `detect`). */
  pool?: DetectPool
  onRelease: () => Promise<void>
}


/** New values given their tokens per store call (a turn of the event loop between two calls). */
const ALLOCATE_SLICE = 8_192

/** Strings up to this long are masked once per batch however often they repeat (JSON keys, enums). */
const MAX_SHARED_SITE_LENGTH = 256

/**
 * Longest field name (and tag key, resource type) a site is shared or a token typed under. V8
 * hashes a string of over 16,383 chars by its length alone: Map keys that long and of one length
 * all collide, each lookup comparing them all (300 texts under one 100 KB field took ~0.9 s, 1,000
 * ~15 s). The stream restorer reads keys up to this long too (a longer one is no field).
 */
const MAX_CONTEXT_PART = 1024
const shortContext = (context: DetectContext | undefined): boolean => context === undefined ||
  ((context.field?.length ?? 0) <= MAX_CONTEXT_PART && (context.tagKey?.length ?? 0) <= MAX_CONTEXT_PART && (context.resourceType?.length ?? 0) <= MAX_CONTEXT_PART)

/** A key telling apart (text, context) pairs: lengths make the concatenation unambiguous. */
function siteKey (site: StringSite): string {
  const { context, text } = site
  return context === undefined ? 'n' + text : contextKey(context) + text
}

/**
 * The distinct sites of a batch: detection and substitution depend only on (text, context) and
 * on what the scope knows, which is fixed once the batch is allocated, so a repeat gets the
 * first one's result. `weights` counts repeats, so the metrics still count every occurrence.
 */
function distinctSites (sites: StringSite[]): { unique: StringSite[], uniqueOf?: number[], weights: number[] } {
  const firstByKey = new Map<string, number>()
  const unique: StringSite[] = []
  const weights: number[] = []
  const uniqueOf = new Array<number>(sites.length)
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i]
    const key = site.text.length <= MAX_SHARED_SITE_LENGTH && shortContext(site.context) ? siteKey(site) : undefined
    const seen = key === undefined ? undefined : firstByKey.get(key)
    if (seen !== undefined) { uniqueOf[i] = seen; weights[seen]++; continue }
    if (key !== undefined) firstByKey.set(key, unique.length)
    uniqueOf[i] = unique.length
    unique.push(site)
    weights.push(1)
  }
  return unique.length === sites.length ? { unique, weights } : { unique, uniqueOf, weights }
}

/**
 * Detector matches win where they overlap a known-value match in part; a known value that holds
 * detector matches whole wins over them (`bw-exports-123456789012` outside its field: masking only
 * the account id would leak the rest of a known name). A known match is kept where its token will
 * read back as one: a token boundary before it, no digit and no other token right after it.
 * Known matches have no kind yet (empty): substitute reads it from their token.
 */
function mergeMatches (text: string, detected: Match[], known: Match[]): Match[] {
  if (known.length === 0) return detected
  const merged: Match[] = []
  let d = 0
  for (const match of known) {
    while (d < detected.length && detected[d].end <= match.start) merged.push(detected[d++])
    const previous = merged.length > 0 ? merged[merged.length - 1].end : -1
    const after = text.charCodeAt(match.end)
    if (previous > match.start || previous === match.start || !tokenBoundary(text, match.start) || (after >= 48 && after <= 57)) continue
    if ((after === 46 || text.charCodeAt(match.start - 1) === 46) && inDecimal(text, match.start, match.end)) continue
    if (text.charCodeAt(match.start - 1) === 47 && inAwsOwnedArn(text, match.start)) continue // `arn:aws:iam::aws:policy/SecurityAudit`: AWS's, even where a customer named something so
    let inside = d
    while (inside < detected.length && detected[inside].start >= match.start && detected[inside].end <= match.end) inside++
    const next = inside < detected.length ? detected[inside].start : text.length + 1
    if (next <= match.end) continue // a detector match that overlaps it in part wins; one right after it would glue two tokens
    if (inside > d && detected[d].start === match.start && detected[d].end === match.end) continue // the same span: the detector's, with its kind
    merged.push(match)
    d = inside
  }
  while (d < detected.length) merged.push(detected[d++])
  return merged
}

/** ARN chars back to an ARN's start: a managed policy's path and name stay well within this. */
const ARN_LOOKBACK = 320

/** Is text[start] inside the resource of an ARN whose account field is `aws` (AWS's own: managed policies, AWS-owned resources)? */
function inAwsOwnedArn (text: string, start: number): boolean {
  const floor = Math.max(0, start - ARN_LOOKBACK)
  let i = start
  while (i > floor && isArnChar(text.charCodeAt(i - 1))) i--
  if (!text.startsWith('arn:', i)) return false
  let colon = i + 3
  for (let field = 0; field < 3; field++) { // partition, service, region
    colon = indexWithin(text, ':', colon + 1, start) // bounded: a text without colons after is not scanned to its end
    if (colon < 0) return false
  }
  return text.startsWith('aws:', colon + 1) && colon + 4 < start
}

function isArnChar (c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 44 && c !== 96 && c !== 92 && c !== 40 && c !== 91 && c !== 123 && c !== 60
}

const isDigitAt = (text: string, i: number): boolean => { const c = text.charCodeAt(i); return c >= 48 && c <= 57 }

/** Is text[start, end) a digit run that is a decimal's integer or fraction part (`0.123456789012`)? The detector reads no account id there. */
function inDecimal (text: string, start: number, end: number): boolean {
  if (!(isDigitAt(text, start - 2) && text.charCodeAt(start - 1) === 46) && !(text.charCodeAt(end) === 46 && isDigitAt(text, end + 1))) return false
  for (let i = start; i < end; i++) if (!isDigitAt(text, i)) return false
  return true
}

const NO_MATCHES: Match[] = []
/** The result-cache index of verdicts true in every scope (scope indexes count from 1). */
const ANY_SCOPE = 0

/**
 * A JSON part this long is leak-checked text by text: a whole part, built anew each request,
 * costs a copy and a compare of all of it to be found again (~4 ms a resent 5 MB paste), while
 * its long texts are found by reference. Only when its short strings are few: those are read
 * again each time.
 */
const MIN_TEXTWISE_PART = 65_536
const MAX_SHORT_CHARS_TEXTWISE = 4_096
/** A site whose clean verdict is kept by its text: long, and read as a string in its own context. */
const textwise = (site: StringSite): boolean => site.text.length >= MIN_CACHED_TEXT && site.number !== true && site.metricArrayOf === undefined
function shortCharsOf (sites: StringSite[]): number {
  let chars = 0
  for (const site of sites) if (!textwise(site)) chars += site.text.length
  return chars
}
const TEXT_HIT = { for: 'text', result: 'hit' } as const
const TEXT_MISS = { for: 'text', result: 'miss' } as const
const PAYLOAD_HIT = { for: 'payload', result: 'hit' } as const
const PAYLOAD_MISS = { for: 'payload', result: 'miss' } as const
const DETECTION_HIT = { for: 'detection', result: 'hit' } as const
const DETECTION_MISS = { for: 'detection', result: 'miss' } as const

const labels = new Map<string, string>()
function labelOf (kind: string): string {
  let label = labels.get(kind)
  if (label === undefined) { label = labelFor(kind); labels.set(kind, label) }
  return label
}

/** The kind of a token is its label, lower-cased (`SECURITY_GROUP_3` -> `security_group`). */
function kindOfToken (token: string): string {
  return token.slice(0, token.lastIndexOf('_')).toLowerCase()
}

/** The scope's index: the store's live one, or its own built from a loaded copy. */
interface ScopeIndex extends LiveScopeIndex {
  /** Records a token the store gave (undefined on a live index: the store has recorded it). */
  learn?: (value: string, token: string, kind: string) => void
}

function ownIndex (loaded: Map<string, MappingValue>): ScopeIndex {
  const byValue = new Map<string, string>()
  const known = new KnownValues()
  const remember = (value: string, token: string, kind: string): void => {
    byValue.set(value, token)
    if (spreads(value, kind)) known.add(value)
  }
  for (const [token, mapping] of loaded) remember(mapping.value, token, mapping.kind)
  return {
    byToken: loaded,
    byValue,
    known,
    learn (value, token, kind) {
      remember(value, token, kind)
      loaded.set(token, { kind, value })
    }
  }
}

function indexOf (known: LiveScopeIndex | Map<string, MappingValue>): ScopeIndex {
  return known instanceof Map ? ownIndex(known) : { byToken: known.byToken, byValue: known.byValue, known: known.known, learn: known.learn }
}

/** Text worked through between two turns of the event loop: a multi-MB batch of many strings
 * must not stall every other request (and the probes) until it is done. */
const YIELD_EVERY_CHARS = 262_144

class Pacer {
  private since = 0
  /** Whether to yield now, having worked through `chars` more (no await per string otherwise). */
  due (chars: number): boolean {
    this.since += chars
    if (this.since < YIELD_EVERY_CHARS) return false
    this.since = 0
    return true
  }
}

export function createScope (options: ScopeOptions): MaskScope {
  const { id, store, detector, metrics, restoreSecrets, ttlMs, pool } = options
  /** Matches in a text: a long one is detected in a worker thread (the event loop stays free), the rest inline. */
  const longDetection = (text: string, context?: DetectContext): Promise<Match[]> | undefined =>
    pool !== undefined && text.length >= pool.minChars ? pool.detect(text, context) : undefined
  /**
   * The detector's matches, read from the cache when this text was read in this context before
   * (by any scope: a shared system prompt, tool definitions, a text pasted in two conversations,
   * an unchanged masked text re-checked); a promise only when a worker reads it.
   */
  function detectText (text: string, context: DetectContext | undefined): Match[] | Promise<Match[]> {
    if (cache !== undefined && text.length >= MIN_DETECTED_TEXT) {
      const seen = cache.detected(text, context)
      metrics.resultCache.inc(seen === undefined ? DETECTION_MISS : DETECTION_HIT)
      if (seen !== undefined) return seen as Match[]
    }
    const inWorker = longDetection(text, context)
    if (inWorker === undefined) return remembered(text, context, detector(text, context))
    return inWorker.then((matches) => remembered(text, context, matches))
  }
  function remembered (text: string, context: DetectContext | undefined, matches: Match[]): Match[] {
    cache?.rememberDetected(text, context, matches)
    return matches
  }
  const index = indexOf(options.known)
  const { byToken, byValue, known } = index
  const cache = options.cache
  const cacheUid = cache === undefined || options.keepResults !== true || options.known instanceof Map ? undefined : options.known.uid
  /** Whether a text's result is kept for the next turn (and looked for there). */
  const cacheable = (text: string): boolean => cacheUid !== undefined && text.length >= MIN_CACHED_TEXT
  const maskedTokens = new Set<string>()
  const reusedTokens: string[][] = [] // tokens of kept results, not yet in maskedTokens
  // Tokens standing for a whole JSON number (an account id as a number), and for whole strings,
  // overall and per field: in a field where the value was only ever a number it comes back as
  // one from unmaskJson, and so in a field not seen when it was never a string. Per field by
  // reference (field -> tokens), never a joined key: a 100 KB field name over 2,000 ids would
  // make 2,000 copies of it (~200 MB from a 130 KB body).
  const numberTokens = new Set<string>()
  const stringTokens = new Set<string>()
  const numberFields = new Map<string, Set<string>>()
  const stringFields = new Map<string, Set<string>>()
  let released = false

  /** The field a token is typed under (the key it stands in): none for a name longer than the stream restorer reads. */
  const typedField = (site: StringSite | undefined): string | undefined => {
    const field = site?.metricArrayOf !== undefined ? site.metricArrayOf.field : site?.context?.field
    return field !== undefined && field.length <= MAX_CONTEXT_PART ? field : undefined
  }

  function typeInField (fields: Map<string, Set<string>>, field: string, token: string): void {
    const tokens = fields.get(field)
    if (tokens === undefined) fields.set(field, new Set([token]))
    else tokens.add(token)
  }

  function restoreJsonString (text: string, site?: StringSite): unknown {
    const restored = unmasker.unmaskText(text)
    if (restored === text) return restored
    const field = typedField(site)
    const asNumber = field !== undefined && numberFields.get(field)?.has(text) === true
    const asString = field !== undefined && stringFields.get(field)?.has(text) === true
    const wasNumber = asNumber || asString ? asNumber && !asString : numberTokens.has(text) && !stringTokens.has(text)
    return wasNumber && String(Number(restored)) === restored ? Number(restored) : restored
  }

  const unmasker = createUnmasker({
    lookup: (token) => byToken.get(token),
    restoreSecrets,
    onUnresolved: () => metrics.unresolvedTokens.inc()
  })

  /** The values the scope does not know yet get their tokens in ONE store call. */
  async function allocate (sites: StringSite[], found: Match[][], values: string[][]): Promise<void> {
    const fresh: TokenRequest[] = []
    const asked = new Set<string>() // a value asked for by a concurrent batch is simply asked again
    for (let i = 0; i < sites.length; i++) {
      const matches = found[i]
      const siteValues: string[] = values[i] = new Array<string>(matches.length)
      for (let k = 0; k < matches.length; k++) {
        const match = matches[k]
        const value = siteValues[k] = sites[i].text.slice(match.start, match.end)
        if (byValue.has(value) || asked.has(value)) continue
        asked.add(value)
        fresh.push({ label: labelOf(match.kind), kind: match.kind, value })
      }
    }
    // In slices, with turns of the event loop between: a 5 MB paste holds ~90,000 new values
    for (let from = 0; from < fresh.length; from += ALLOCATE_SLICE) {
      if (from > 0) await yieldToLoop()
      await allocateSlice(fresh.length <= ALLOCATE_SLICE ? fresh : fresh.slice(from, from + ALLOCATE_SLICE))
    }
  }

  async function allocateSlice (fresh: TokenRequest[]): Promise<void> {
    let tokens: string[]
    try {
      tokens = await store.resolve(id, fresh, ttlMs)
    } catch (err) {
      if (err instanceof MappingLimitError) metrics.mappingLimit.inc()
      throw err
    }
    const learn = index.learn
    if (learn === undefined) return
    for (let i = 0; i < fresh.length; i++) {
      const { label, kind, value } = fresh[i]
      const token = tokens[i]
      // a value keeps the token it first got, whatever kind asks again
      const sameLabel = token.length > label.length && token.charCodeAt(label.length) === 95 && token.startsWith(label)
      learn(value, token, sameLabel ? kind : kindOfToken(token))
    }
  }

  /** Known values count wherever they stand (this batch's too): detector matches win overlaps. */
  function substitute (text: string, detected: Match[], values: string[], counts: Map<string, number>, weight: number, record?: MaskedText): string {
    const matches = byValue.size === 0 ? detected : mergeMatches(text, detected, known.find(text, detected, cache?.runs))
    if (matches.length === 0) return text
    let out = ''
    let last = 0
    let d = 0 // detected matches come with their values already sliced
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i]
      while (d < detected.length && detected[d].start < match.start) d++ // held whole by a known value before
      const value = match === detected[d] ? values[d++] : text.slice(match.start, match.end)
      const token = byValue.get(value) as string
      out += text.slice(last, match.start) + token
      last = match.end
      const kind = match.kind === '' ? kindOfToken(token) : match.kind
      counts.set(kind, (counts.get(kind) ?? 0) + weight)
      maskedTokens.add(token)
      if (record !== undefined) { record.tokens.push(token); record.kinds.set(kind, (record.kinds.get(kind) ?? 0) + 1) }
    }
    return out + text.slice(last)
  }

  /** A result kept from an earlier turn, counted as if masked now. */
  function reuse (cached: MaskedText, counts: Map<string, number>, weight: number): string {
    for (const [kind, count] of cached.kinds) counts.set(kind, (counts.get(kind) ?? 0) + count * weight)
    reusedTokens.push(cached.tokens) // a 5 MB text holds ~200,000 tokens: added to the set only if a summary is asked for
    return cached.masked
  }

  /**
   * Reuses the kept results still exact now that this batch's values are learnt; a text holding
   * a value learnt since is scanned after all (its values allocated in a second call).
   */
  async function reuseKept (unique: StringSite[], kept: Array<[number, KeptText]>, found: Match[][], values: string[][], masked: string[], counts: Map<string, number>, weights: number[]): Promise<void> {
    const late: number[] = []
    for (const [u, result] of kept) {
      const cached = cache?.masked(result, unique[u].text, known)
      if (cached !== undefined) masked[u] = reuse(cached, counts, weights[u])
      else { late.push(u); found[u] = await detectText(unique[u].text, unique[u].context) }
    }
    metrics.resultCache.inc(TEXT_HIT, kept.length - late.length)
    if (late.length > 0) metrics.resultCache.inc(TEXT_MISS, late.length)
    if (late.length === 0) return
    const lateValues: string[][] = new Array<string[]>(late.length)
    await allocate(late.map((u) => unique[u]), late.map((u) => found[u]), lateValues)
    late.forEach((u, i) => { values[u] = lateValues[i] })
  }

  /** Kinds of identifiers still in clear in any of the texts (each read in its context). */
  async function leakedKinds (sites: StringSite[], seen?: { matches: boolean }): Promise<string[]> {
    const kinds = new Set<string>()
    const isOwnToken = (token: string): boolean => byToken.has(token)
    for (const { text, context } of sites) {
      if (text === '') continue
      const detected = detectText(text, context)
      const matches = Array.isArray(detected) ? detected : await detected
      if (matches.length === 0) continue
      if (seen !== undefined) seen.matches = true
      for (const kind of findLeakedKinds(text, matches, isOwnToken, detector)) kinds.add(kind)
    }
    return [...kinds].sort()
  }

  /**
   * leakedKinds, skipping the long texts found clean before (a resent turn's, the same string
   * objects the result cache gave: found by reference), and remembering the ones found clean now.
   */
  async function leakedTextwise (sites: StringSite[], uid: number): Promise<string[]> {
    const kept = cache as ResultCache
    const fresh = sites.filter((site) => !(textwise(site) && kept.verified(uid, site.text, site.context)))
    const kinds = await leakedKinds(fresh)
    if (kinds.length === 0) for (const site of fresh) if (textwise(site)) kept.rememberVerified(uid, site.text, site.context)
    metrics.resultCache.inc(fresh.some(textwise) ? PAYLOAD_MISS : PAYLOAD_HIT)
    return kinds
  }

  function refuseLeaks (kinds: string[], where: string | undefined): void {
    if (kinds.length === 0) return
    metrics.leaksBlocked.inc()
    throw new LeakDetectedError(kinds, where)
  }

  async function maskSites (sites: StringSite[]): Promise<string[]> {
    const started = performance.now()
    const { unique, uniqueOf, weights } = distinctSites(sites)
    const pacer = new Pacer()
    const counts = new Map<string, number>()
    const masked: string[] = new Array<string>(unique.length)
    const found: Match[][] = new Array<Match[]>(unique.length)
    const kept: Array<[number, KeptText]> = [] // texts with a result from an earlier turn: not scanned
    for (let u = 0; u < unique.length; u++) {
      const { text, context } = unique[u]
      if (cacheable(text)) {
        const result = cache?.peek(cacheUid as number, text, context)
        if (result !== undefined) { kept.push([u, result]); found[u] = NO_MATCHES; continue }
        metrics.resultCache.inc(TEXT_MISS)
      }
      const detected = detectText(text, context)
      found[u] = Array.isArray(detected) ? detected : await detected
      if (pacer.due(text.length)) await yieldToLoop()
    }
    const values: string[][] = new Array<string[]>(unique.length)
    await allocate(unique, found, values)
    if (kept.length > 0) await reuseKept(unique, kept, found, values, masked, counts, weights)
    for (let u = 0; u < unique.length; u++) {
      if (masked[u] !== undefined) continue
      const { text, context } = unique[u]
      if (!cacheable(text)) {
        masked[u] = substitute(text, found[u], values[u], counts, weights[u])
      } else {
        const knownAt = known.size // substitute reads the known values as they are now
        const record: MaskedText = { masked: '', tokens: [], kinds: new Map() }
        record.masked = masked[u] = substitute(text, found[u], values[u], counts, weights[u], record)
        cache?.rememberMasked(cacheUid as number, text, context, knownAt, record)
      }
      if (pacer.due(text.length)) await yieldToLoop()
    }
    if (cache !== undefined) metrics.resultCacheBytes.set(cache.stats().bytes)
    for (const [kind, count] of counts) metrics.maskedEntities.inc({ kind }, count)
    metrics.maskDuration.observe((performance.now() - started) / 1000)
    return uniqueOf === undefined ? masked : uniqueOf.map((u) => masked[u])
  }

  return {
    id,
    maskText: async (text, context) => (await maskSites([{ text, context }]))[0],
    maskStrings: async (texts) => await maskSites(texts.map((text) => ({ text }))),
    async maskJson (value) {
      const sites = collectStrings(value)
      const masked = await maskSites(sites)
      for (let i = 0; i < sites.length; i++) {
        if (masked[i] === sites[i].text || !byToken.has(masked[i])) continue
        const number = sites[i].number === true
        const kept = number ? numberTokens : stringTokens
        kept.add(masked[i])
        const field = typedField(sites[i])
        if (field !== undefined) typeInField(number ? numberFields : stringFields, field, masked[i])
      }
      return rebuildWithStrings(value, masked)
    },
    unmaskText: (text) => unmasker.unmaskText(text),
    unmaskJson: (value) => mapStrings(value, restoreJsonString),
    unmaskJsonText: (raw) => unmasker.unmaskJsonText(raw),
    quoteJson: (text) => cacheable(text) ? (cache as ResultCache).quoted(text) : JSON.stringify(text),
    streamUnmasker: (streamOptions = {}) => createStreamUnmasker(unmasker, streamOptions),
    async assertClean (text, where) {
      refuseLeaks(await leakedKinds([{ text }]), where)
    },
    async assertCleanJson (json, where, parsed) {
      const cached = cacheUid !== undefined && cache !== undefined
      let sites: StringSite[] | undefined // of a long part: collected once, whichever way it is checked
      if (cached && parsed !== undefined && json.length >= MIN_TEXTWISE_PART) {
        sites = collectStrings(parsed)
        if (shortCharsOf(sites) <= MAX_SHORT_CHARS_TEXTWISE) return refuseLeaks(await leakedTextwise(sites, cacheUid), where)
      }
      if (cache !== undefined) {
        if (cache.verified(ANY_SCOPE, json) || (cached && cache.verified(cacheUid, json))) { metrics.resultCache.inc(PAYLOAD_HIT); return }
        metrics.resultCache.inc(PAYLOAD_MISS)
      }
      const seen = { matches: false }
      const kinds = await leakedKinds(sites ?? (parsed === undefined ? sitesOfJson(json) : collectStrings(parsed)), seen)
      // The detector found nothing at all: clean in every scope (a coding agent's system prompt
      // and tools, the same in each new conversation). Found only the scope's own tokens: in this one.
      if (cache !== undefined && !seen.matches) cache.rememberVerified(ANY_SCOPE, json)
      else if (kinds.length === 0 && cached) cache.rememberVerified(cacheUid, json)
      if (cache !== undefined) metrics.resultCacheBytes.set(cache.stats().bytes)
      refuseLeaks(kinds, where)
    },
    summary () {
      for (const tokens of reusedTokens.splice(0)) for (const token of tokens) maskedTokens.add(token)
      const byKind: Record<string, number> = {}
      for (const token of maskedTokens) {
        const kind = byToken.get(token)?.kind ?? kindOfToken(token)
        byKind[kind] = (byKind[kind] ?? 0) + 1
      }
      return { total: maskedTokens.size, byKind }
    },
    mappings: () => new Map(byToken),
    async release () {
      if (released) return
      released = true
      await options.onRelease()
    }
  }
}
