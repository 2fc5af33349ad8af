// One mapping scope seen by one request: masks (detector + values the scope already knows),
// restores only its own tokens, verifies outgoing text. Talks to the store once per batch.
import { performance } from 'node:perf_hooks'
import type { MaskingMetrics } from './metrics.js'
import { labelFor } from './token-format.js'
import { collectStrings, mapStrings, rebuildWithStrings, type StringSite } from './json-walk.js'
import { createUnmasker, tokenBoundary } from './unmask.js'
import { createStreamUnmasker, type StreamUnmasker } from './stream-unmasker.js'
import { findLeakedKinds } from './verify.js'
import { LeakDetectedError, MappingLimitError, type DetectContext, type Detector, type MappingStore,
  type MappingValue, type Match, type TokenRequest } from './types.js'

export interface MaskScope {
  readonly id: string
  maskText: (text: string, context?: DetectContext) => Promise<string>
  maskStrings: (texts: string[]) => Promise<string[]>
  maskJson: (value: unknown) => Promise<unknown>
  unmaskText: (text: string) => string
  unmaskJson: (value: unknown) => unknown
  /** Restores raw JSON text (originals inserted JSON-escaped). */
  unmaskJsonText: (raw: string) => string
  streamUnmasker: (options?: { jsonEscape?: boolean }) => StreamUnmasker
  assertClean: (text: string) => void
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
  /** Mappings the scope already holds (loaded from the store). */
  known: Map<string, MappingValue>
  onRelease: () => Promise<void>
}

/** Marks, in byValue, a value a batch is asking the store for (NUL never starts a token). */
const PENDING = '\u0000'
let batchCount = 0

/** Shorter values are not looked for outside the place the detector found them. */
const MIN_KNOWN_VALUE_LENGTH = 3

function isNameChar (code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45
}

/**
 * Finds values the scope already knows, wherever they stand (not inside a longer name), in one
 * pass: candidates start where a run of name characters starts and are looked up by that run.
 */
class KnownValues {
  private readonly whole = new Set<string>() // values that are one run of name characters (most)
  // first name-char run -> the longer values starting with it, and their distinct lengths, longest first
  private readonly byHead = new Map<string, { values: Set<string>, lengths: number[] }>()
  private readonly odd: string[] = [] // values not starting with a name character (rare)
  // cheap filters before slicing a run: its length and its first two characters must fit a head
  private readonly headLengths = new Set<number>()
  private readonly headStarts = new Uint8Array(65_536)

  private static startKey (text: string, at: number): number {
    return ((text.charCodeAt(at) & 0xff) << 8) | (text.charCodeAt(at + 1) & 0xff)
  }

  add (value: string): void {
    if (value.length === 0) return
    if (!isNameChar(value.charCodeAt(0))) { this.odd.push(value); return }
    let end = 1
    while (end < value.length && isNameChar(value.charCodeAt(end))) end++
    const head = value.slice(0, end)
    this.headLengths.add(head.length)
    this.headStarts[KnownValues.startKey(head, 0)] = 1
    if (end === value.length) { this.whole.add(value); return }
    const group = this.byHead.get(head)
    if (group === undefined) { this.byHead.set(head, { values: new Set([value]), lengths: [value.length] }); return }
    group.values.add(value)
    if (!group.lengths.includes(value.length)) group.lengths = [...group.lengths, value.length].sort((a, b) => b - a)
  }

  private longestAt (text: string, at: number, head: string): string | undefined {
    const group = this.byHead.get(head)
    if (group !== undefined) {
      for (const length of group.lengths) {
        if (at + length > text.length) continue
        const candidate = text.slice(at, at + length)
        if (group.values.has(candidate) && this.endsCleanly(text, candidate, at)) return candidate
      }
    }
    return this.whole.has(head) ? head : undefined // the run is maximal: it ends cleanly
  }

  private endsCleanly (text: string, value: string, at: number): boolean {
    const after = at + value.length
    return after >= text.length || !isNameChar(value.charCodeAt(value.length - 1)) || !isNameChar(text.charCodeAt(after))
  }

  find (text: string, kindOf: (value: string) => string): Match[] {
    const found: Match[] = []
    let i = 0
    while (i < text.length) {
      if (!isNameChar(text.charCodeAt(i))) { i++; continue }
      let end = i + 1
      while (end < text.length && isNameChar(text.charCodeAt(end))) end++
      const value = this.headLengths.has(end - i) && this.headStarts[KnownValues.startKey(text, i)] === 1
        ? this.longestAt(text, i, text.slice(i, end))
        : undefined
      if (value === undefined) { i = end; continue }
      found.push({ start: i, end: i + value.length, kind: kindOf(value) })
      i += value.length
    }
    for (const value of this.odd) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        if (this.endsCleanly(text, value, at) && !found.some((m) => m.start < at + value.length && at < m.end)) found.push({ start: at, end: at + value.length, kind: kindOf(value) })
      }
    }
    if (this.odd.length > 0) found.sort((a, b) => a.start - b.start)
    return found
  }
}

/**
 * Detector matches win; a known-value match is kept where it overlaps none and its token will
 * read back as one: a token boundary before it, no digit and no other token right after it.
 */
function mergeMatches (text: string, detected: Match[], known: Match[]): Match[] {
  if (known.length === 0) return detected
  const merged: Match[] = []
  let d = 0
  for (const match of known) {
    while (d < detected.length && detected[d].end <= match.start) merged.push(detected[d++])
    const next = d < detected.length ? detected[d].start : text.length + 1
    const previous = merged.length > 0 ? merged[merged.length - 1].end : -1
    const after = text.charCodeAt(match.end)
    if (next <= match.end || previous === match.start || !tokenBoundary(text, match.start) || (after >= 48 && after <= 57)) continue
    merged.push(match)
  }
  while (d < detected.length) merged.push(detected[d++])
  return merged
}

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

export function createScope (options: ScopeOptions): MaskScope {
  const { id, store, detector, metrics, restoreSecrets, ttlMs } = options
  const byToken = new Map(options.known)
  const byValue = new Map<string, string>()
  const known = new KnownValues()
  for (const [token, mapping] of byToken) remember(mapping.value, token)
  const maskedTokens = new Set<string>()
  let released = false

  function remember (value: string, token: string): void {
    byValue.set(value, token)
    if (value.length >= MIN_KNOWN_VALUE_LENGTH) known.add(value)
  }

  const unmasker = createUnmasker({
    lookup: (token) => byToken.get(token),
    restoreSecrets,
    onUnresolved: () => metrics.unresolvedTokens.inc()
  })

  /** The values the scope does not know yet get their tokens in ONE store call. */
  async function allocate (sites: StringSite[], found: Match[][]): Promise<void> {
    const fresh: TokenRequest[] = []
    const asking = PENDING + String(++batchCount) // another batch's pending value is asked again
    for (let i = 0; i < sites.length; i++) {
      for (const match of found[i]) {
        const value = sites[i].text.slice(match.start, match.end)
        const token = byValue.get(value)
        if (token !== undefined && (token === asking || !token.startsWith(PENDING))) continue
        byValue.set(value, asking)
        fresh.push({ label: labelOf(match.kind), kind: match.kind, value })
      }
    }
    if (fresh.length === 0) return
    let tokens: string[]
    try {
      tokens = await store.resolve(id, fresh, ttlMs)
    } catch (err) {
      for (const { value } of fresh) if (byValue.get(value) === asking) byValue.delete(value)
      if (err instanceof MappingLimitError) metrics.mappingLimit.inc()
      throw err
    }
    for (let i = 0; i < fresh.length; i++) {
      const { label, kind, value } = fresh[i]
      const token = tokens[i]
      remember(value, token)
      // a value keeps the token it first got, whatever kind asks again
      const sameLabel = token.length > label.length && token.charCodeAt(label.length) === 95 && token.startsWith(label)
      byToken.set(token, { kind: sameLabel ? kind : kindOfToken(token), value })
    }
  }

  const kindOfValue = (value: string): string => kindOfToken(byValue.get(value) as string)

  /** Known values count wherever they stand (this batch's too): detector matches win overlaps. */
  function substitute (text: string, detected: Match[], counts: Map<string, number>): string {
    const matches = byValue.size === 0 ? detected : mergeMatches(text, detected, known.find(text, kindOfValue))
    if (matches.length === 0) return text
    let out = ''
    let last = 0
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i]
      const token = byValue.get(text.slice(match.start, match.end)) as string
      out += text.slice(last, match.start) + token
      last = match.end
      counts.set(match.kind, (counts.get(match.kind) ?? 0) + 1)
      maskedTokens.add(token)
    }
    return out + text.slice(last)
  }

  async function maskSites (sites: StringSite[]): Promise<string[]> {
    const started = performance.now()
    const found = sites.map((site) => detector(site.text, site.context))
    await allocate(sites, found)
    const counts = new Map<string, number>()
    const out = sites.map((site, i) => substitute(site.text, found[i], counts))
    for (const [kind, count] of counts) metrics.maskedEntities.inc({ kind }, count)
    metrics.maskDuration.observe((performance.now() - started) / 1000)
    return out
  }

  return {
    id,
    maskText: async (text, context) => (await maskSites([{ text, context }]))[0],
    maskStrings: async (texts) => await maskSites(texts.map((text) => ({ text }))),
    async maskJson (value) {
      return rebuildWithStrings(value, await maskSites(collectStrings(value)))
    },
    unmaskText: (text) => unmasker.unmaskText(text),
    unmaskJson: (value) => mapStrings(value, unmasker.unmaskText),
    unmaskJsonText: (raw) => unmasker.unmaskJsonText(raw),
    streamUnmasker: (streamOptions = {}) => createStreamUnmasker(unmasker, streamOptions),
    assertClean (text) {
      const kinds = findLeakedKinds(text, detector, (token) => byToken.has(token))
      if (kinds.length === 0) return
      metrics.leaksBlocked.inc()
      throw new LeakDetectedError(kinds)
    },
    summary () {
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
