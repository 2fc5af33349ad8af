// One mapping scope seen by one request: masks (detector + values the scope already knows),
// restores only its own tokens, verifies outgoing text. Talks to the store once per batch.
import { performance } from 'node:perf_hooks'
import type { MaskingMetrics } from './metrics.js'
import { labelFor } from './token-format.js'
import { collectStrings, mapStrings, rebuildWithStrings, type StringSite } from './json-walk.js'
import { createUnmasker } from './unmask.js'
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

interface KnownValueMatcher {
  size: number
  find: (text: string) => Match[]
}

const NAME_CHAR = /[A-Za-z0-9_-]/

/** One regex over every known value, longest first, not inside a longer name. */
function createKnownValueMatcher (byValue: Map<string, string>): KnownValueMatcher {
  const values = [...byValue.keys()].sort((a, b) => b.length - a.length)
  const source = values.map((value) => {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const lead = NAME_CHAR.test(value[0]) ? '(?<![A-Za-z0-9_-])' : ''
    const trail = NAME_CHAR.test(value[value.length - 1]) ? '(?![A-Za-z0-9_-])' : ''
    return lead + escaped + trail
  }).join('|')
  const regex = new RegExp(source, 'g')
  return {
    size: byValue.size,
    find (text) {
      const found: Match[] = []
      regex.lastIndex = 0
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        found.push({ start: m.index, end: m.index + m[0].length, kind: kindOfToken(byValue.get(m[0]) as string) })
      }
      return found
    }
  }
}

/** Detector matches win; a known-value match is kept only where it overlaps none. */
function mergeMatches (detected: Match[], known: Match[]): Match[] {
  if (known.length === 0) return detected
  const merged: Match[] = []
  let d = 0
  for (const match of known) {
    while (d < detected.length && detected[d].end <= match.start) merged.push(detected[d++])
    if (d < detected.length && detected[d].start < match.end) continue
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
  for (const [token, mapping] of byToken) byValue.set(mapping.value, token)
  const maskedTokens = new Set<string>()
  let matcher: KnownValueMatcher | undefined
  let released = false

  const unmasker = createUnmasker({
    lookup: (token) => byToken.get(token),
    restoreSecrets,
    onUnresolved: () => metrics.unresolvedTokens.inc()
  })

  /** Values known before this batch are masked even where the detector lacks context. */
  function knownMatcher (): KnownValueMatcher | undefined {
    if (byValue.size === 0) return undefined
    if (matcher === undefined || matcher.size !== byValue.size) {
      matcher = createKnownValueMatcher(byValue)
    }
    return matcher
  }

  function findMatches (site: StringSite, known: KnownValueMatcher | undefined): Match[] {
    const detected = detector(site.text, site.context)
    return known === undefined ? detected : mergeMatches(detected, known.find(site.text))
  }

  /** Values of the matches, sliced once; the unknown ones get tokens in ONE store call. */
  async function allocate (sites: StringSite[], found: Match[][]): Promise<string[][]> {
    const fresh: TokenRequest[] = []
    const asked = new Set<string>()
    const values = found.map((matches, i) => matches.map((match) => {
      const value = sites[i].text.slice(match.start, match.end)
      if (!byValue.has(value) && !asked.has(value)) {
        asked.add(value)
        fresh.push({ label: labelOf(match.kind), kind: match.kind, value })
      }
      return value
    }))
    if (fresh.length === 0) return values
    let tokens: string[]
    try {
      tokens = await store.resolve(id, fresh, ttlMs)
    } catch (err) {
      if (err instanceof MappingLimitError) metrics.mappingLimit.inc()
      throw err
    }
    for (let i = 0; i < fresh.length; i++) {
      const { label, kind, value } = fresh[i]
      const token = tokens[i]
      byValue.set(value, token)
      // a value keeps the token it first got, whatever kind asks again
      const sameLabel = token.length > label.length && token.charCodeAt(label.length) === 95 && token.startsWith(label)
      byToken.set(token, { kind: sameLabel ? kind : kindOfToken(token), value })
    }
    return values
  }

  function substitute (text: string, matches: Match[], values: string[], counts: Map<string, number>): string {
    if (matches.length === 0) return text
    let out = ''
    let last = 0
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i]
      const token = byValue.get(values[i]) as string
      out += text.slice(last, match.start) + token
      last = match.end
      counts.set(match.kind, (counts.get(match.kind) ?? 0) + 1)
      maskedTokens.add(token)
    }
    return out + text.slice(last)
  }

  async function maskSites (sites: StringSite[]): Promise<string[]> {
    const started = performance.now()
    const known = knownMatcher()
    const found = sites.map((site) => findMatches(site, known))
    const values = await allocate(sites, found)
    const counts = new Map<string, number>()
    const out = sites.map((site, i) => substitute(site.text, found[i], values[i], counts))
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
