// The embedded MappingStore: a bounded, in-process map of scopes. The cap counts token entries
// across all scopes; room is made by evicting idle scopes (expired first, then least recently
// used). A scope pinned by an in-flight request is never evicted.
import type { Registry } from 'prom-client'
import { getMaskingMetrics } from './metrics.js'
import { formatToken } from './token-format.js'
import { KnownValues, spreads } from './known-values.js'
import { nextIndexUid } from './index-uid.js'
import { MappingLimitError, type LiveScopeIndex, type MappingStore, type MappingValue, type TokenRequest } from './types.js'

export interface MemoryStoreOptions {
  maxMappings: number
  registry?: Registry
  /** How often expired scopes are swept; default 60 s. */
  sweepIntervalMs?: number
  /** Clock, injectable for tests. */
  now?: () => number
}

interface ScopeEntries extends LiveScopeIndex {
  byValue: Map<string, string>
  byToken: Map<string, MappingValue>
  counters: Map<string, number>
  ttlMs: number
  expiresAt: number
}


export function createMemoryStore (options: MemoryStoreOptions): MappingStore {
  const { maxMappings, now = Date.now } = options
  const metrics = getMaskingMetrics(options.registry)
  const scopes = new Map<string, ScopeEntries>() // iteration order = least recently used first
  const pins = new Map<string, number>()
  let entries = 0

  const sweepTimer = setInterval(sweepExpired, options.sweepIntervalMs ?? 60_000)
  sweepTimer.unref()

  function publish (): void {
    metrics.storeEntries.set(entries)
    metrics.storeScopes.set(scopes.size)
  }

  function evict (id: string, reason: 'lru' | 'ttl'): void {
    const scope = scopes.get(id)
    if (scope === undefined) return
    scopes.delete(id)
    entries -= scope.byToken.size
    metrics.storeEvictions.inc({ reason })
  }

  function isExpired (id: string, scope: ScopeEntries, at: number): boolean {
    return scope.expiresAt <= at && !pins.has(id)
  }

  function sweepExpired (): void {
    const at = now()
    for (const [id, scope] of scopes) if (isExpired(id, scope, at)) evict(id, 'ttl')
    publish()
  }

  function expireIfDue (id: string): void {
    const scope = scopes.get(id)
    if (scope !== undefined && isExpired(id, scope, now())) { evict(id, 'ttl'); publish() }
  }

  function newScope (id: string, ttlMs: number): ScopeEntries {
    const scope = { byValue: new Map(), byToken: new Map(), counters: new Map(), known: new KnownValues(), uid: nextIndexUid(), ttlMs, expiresAt: 0 }
    scopes.set(id, scope)
    publish()
    return scope
  }

  /** The value's new token (room is made already). */
  function addEntry (scope: ScopeEntries, { label, kind, value }: TokenRequest): string {
    const n = (scope.counters.get(label) ?? 0) + 1
    scope.counters.set(label, n)
    const token = formatToken(label, n)
    scope.byValue.set(value, token)
    scope.byToken.set(token, { kind, value })
    if (spreads(value, kind)) scope.known.add(value)
    entries++
    return token
  }

  function touch (id: string, scope: ScopeEntries): void {
    scopes.delete(id)
    scopes.set(id, scope)
    scope.expiresAt = now() + scope.ttlMs
  }

  /**
   * Evicts idle scopes, least recently used first (expired ones are the oldest), until `needed`
   * more entries fit; all or nothing. Walks only as far as the room it needs: at the cap, every
   * new conversation makes room, and a walk over all scopes per request took ~10 ms at 10,000.
   */
  function makeRoom (needed: number, keep: string): boolean {
    if (entries + needed <= maxMappings) return true
    const victims: string[] = []
    let freed = 0
    for (const [id, scope] of scopes) {
      if (entries - freed + needed <= maxMappings) break
      if (id === keep || pins.has(id)) continue
      victims.push(id)
      freed += scope.byToken.size
    }
    if (entries - freed + needed > maxMappings) return false
    const at = now()
    for (const id of victims) {
      const scope = scopes.get(id)
      if (scope !== undefined) evict(id, isExpired(id, scope, at) ? 'ttl' : 'lru')
    }
    return true
  }

  return {
    async resolve (scopeId: string, requests: TokenRequest[], ttlMs: number): Promise<string[]> {
      expireIfDue(scopeId)
      let scope = scopes.get(scopeId)
      const tokens = new Array<string>(requests.length)
      if (entries + requests.length <= maxMappings) { // room even if every value is new: one pass
        scope ??= newScope(scopeId, ttlMs)
        scope.ttlMs = ttlMs
        touch(scopeId, scope)
        for (let i = 0; i < requests.length; i++) tokens[i] = scope.byValue.get(requests[i].value) ?? addEntry(scope, requests[i])
        publish()
        return tokens
      }
      const fresh = new Map<string, number>() // new value -> its first request
      const repeats: number[] = [] // later requests of a new value
      for (let i = 0; i < requests.length; i++) {
        const value = requests[i].value
        const known = scope?.byValue.get(value)
        if (known !== undefined) tokens[i] = known
        else if (fresh.has(value)) repeats.push(i)
        else fresh.set(value, i)
      }
      if (fresh.size > 0 && !makeRoom(fresh.size, scopeId)) { publish(); throw new MappingLimitError() }
      scope ??= newScope(scopeId, ttlMs)
      scope.ttlMs = ttlMs
      touch(scopeId, scope)
      for (const i of fresh.values()) tokens[i] = addEntry(scope, requests[i])
      for (const i of repeats) tokens[i] = scope.byValue.get(requests[i].value) as string
      publish()
      return tokens
    },

    attach (scopeId: string, ttlMs: number): LiveScopeIndex {
      expireIfDue(scopeId)
      const scope = scopes.get(scopeId) ?? newScope(scopeId, ttlMs)
      touch(scopeId, scope)
      return scope
    },

    async load (scopeId: string): Promise<Map<string, MappingValue>> {
      expireIfDue(scopeId)
      const scope = scopes.get(scopeId)
      if (scope === undefined) return new Map()
      touch(scopeId, scope)
      return new Map(scope.byToken)
    },

    async acquire (scopeId: string): Promise<void> {
      expireIfDue(scopeId)
      pins.set(scopeId, (pins.get(scopeId) ?? 0) + 1)
    },

    async release (scopeId: string): Promise<void> {
      const count = pins.get(scopeId) ?? 0
      if (count <= 1) pins.delete(scopeId)
      else pins.set(scopeId, count - 1)
      const scope = scopes.get(scopeId)
      if (scope === undefined) return
      if (scope.byToken.size === 0 && !pins.has(scopeId)) { scopes.delete(scopeId); publish(); return } // attached, never used
      touch(scopeId, scope) // idle time counts from the end of the request
    },

    async delete (scopeId: string): Promise<void> {
      const scope = scopes.get(scopeId)
      if (scope === undefined) return
      scopes.delete(scopeId)
      entries -= scope.byToken.size
      publish()
    },

    async stats () {
      return { entries, scopes: scopes.size }
    },

    async ping (): Promise<void> {},

    async close (): Promise<void> {
      clearInterval(sweepTimer)
      scopes.clear()
      pins.clear()
      entries = 0
      publish()
    }
  }
}
