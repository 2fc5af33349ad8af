// A replica's copies of the conversations it serves from Redis. Each request brings its copy up
// to date with the tokens it lacks (one round trip) instead of loading and indexing the whole
// scope again, and a copy that lives between turns lets the result cache keep a conversation's
// masked texts, as the memory store's live index does. Bounded by entries, least recently used
// first; a copy is only ever trusted for the scope generation it was made from.
import { KnownValues, spreads } from './known-values.js'
import { nextIndexUid } from './index-uid.js'
import type { LiveScopeIndex, MappingValue } from './types.js'

export class ScopeReplica implements LiveScopeIndex {
  readonly byToken = new Map<string, MappingValue>()
  readonly byValue = new Map<string, string>()
  readonly known = new KnownValues()
  readonly uid = nextIndexUid()
  /** label -> n: this copy holds every token LABEL_1..n (tokens learnt from resolve may run ahead). */
  readonly counters = new Map<string, number>()

  /** `generation` '0': the scope had none when copied (no such scope yet, or begun before generations). */
  constructor (public generation: string) {}

  /** Set when Redis gave a held token to another value: this copy is of another scope; never kept. */
  stale = false

  readonly learn = (value: string, token: string, kind: string): void => {
    const held = this.byToken.get(token)
    if (held !== undefined) {
      if (held.value === value) return // two requests of one conversation learn the same token
      this.stale = true // the request in flight uses Redis' word for it; the copy is dropped
    }
    this.byToken.set(token, { kind, value })
    this.byValue.set(value, token)
    if (spreads(value, kind)) this.known.add(value)
  }
}

/** What an empty copy weighs, in entries (~1.2 KB of maps against ~190 bytes an entry): copies of
 * conversations that never held a token (a new session id per request) stay bounded too. */
const COPY_WEIGHT = 8

export class ScopeReplicas {
  private readonly copies = new Map<string, { replica: ScopeReplica, size: number }>() // least recently used first
  private entries = 0

  /** `maxEntries` 0 keeps nothing: every request copies its scope whole. */
  constructor (private readonly maxEntries: number) {}

  get (scopeId: string): ScopeReplica | undefined {
    const replica = this.copies.get(scopeId)?.replica
    if (replica?.stale === true) { this.forget(scopeId); return undefined }
    return replica
  }

  /** Whether a new copy of this many tokens would be kept. */
  fits (tokens: number): boolean {
    return tokens + COPY_WEIGHT <= this.maxEntries
  }

  /** Keeps (or refreshes) a scope's copy as most recently used, evicting others over the bound. */
  keep (scopeId: string, replica: ScopeReplica): void {
    this.forget(scopeId)
    const size = replica.byToken.size + COPY_WEIGHT
    if (size > this.maxEntries || replica.stale) return
    this.copies.set(scopeId, { replica, size })
    this.entries += size
    for (const [id, copy] of this.copies) {
      if (this.entries <= this.maxEntries) break
      this.copies.delete(id)
      this.entries -= copy.size
    }
  }

  forget (scopeId: string): void {
    const copy = this.copies.get(scopeId)
    if (copy === undefined) return
    this.copies.delete(scopeId)
    this.entries -= copy.size
  }

  /** The scope's generation, given by a resolve that began it: a copy made while it had none is of it (the scope is pinned meanwhile). */
  adopt (scopeId: string, generation: string): void {
    const replica = this.get(scopeId)
    if (replica !== undefined && replica.generation === '0' && generation !== '0') replica.generation = generation
  }

  stats (): { scopes: number, entries: number } {
    return { scopes: this.copies.size, entries: this.entries }
  }
}
