// The masking service: opens scopes over a MappingStore. A scope without id is per request
// (random, deleted on release); a named scope is a conversation kept for its idle TTL.
import { randomUUID } from 'node:crypto'
import type { Registry } from 'prom-client'
import { detect } from './detector.js'
import { getMaskingMetrics } from './metrics.js'
import { createScope, type MaskScope } from './scope.js'
import { createResultCache } from './result-cache.js'
import type { DetectPool } from './detect-pool.js'
import type { Detector, MappingStore } from './types.js'

export interface MaskerOptions {
  /** Holds named (conversation) scopes, and per-request scopes unless ephemeralStore is given. */
  store: MappingStore
  /** Optional store for per-request scopes (e.g. memory while named scopes live in Redis). */
  ephemeralStore?: MappingStore
  detector?: Detector
  registry?: Registry
  /** false keeps secrets one-way: their tokens are left in answers. */
  restoreSecrets?: boolean
  /** Idle TTL of a scope, in ms; default 1 h. */
  scopeTtlMs?: number
  /** Budget of the results kept for a conversation's next turn (in-process stores, and Redis through its replica's copies); 0 disables. */
  resultCacheBytes?: number
  /** Worker threads for long texts; used only with the built-in detector (they run `detect`). */
  detectPool?: DetectPool
}

export interface Masker {
  openScope: (options?: { id?: string }) => Promise<MaskScope>
}

export function createMasker (options: MaskerOptions): Masker {
  const { store, detector = detect, restoreSecrets = true, scopeTtlMs = 3_600_000 } = options
  const ephemeralStore = options.ephemeralStore ?? store
  const metrics = getMaskingMetrics(options.registry)
  const resultCacheBytes = options.resultCacheBytes ?? 64 * 1024 * 1024
  // only conversations come back: a per-request scope is gone after one use
  const cache = resultCacheBytes > 0 ? createResultCache(resultCacheBytes) : undefined
  const pool = detector === detect ? options.detectPool : undefined

  return {
    async openScope ({ id } = {}) {
      const named = id !== undefined
      const scopeStore = named ? store : ephemeralStore
      // prefixes keep caller-chosen names apart from random per-request ids
      const scopeId = named ? `conv:${id}` : `req:${randomUUID()}`
      await scopeStore.acquire(scopeId)
      let known
      try {
        // an in-process store shares its live index: no copy, no re-indexing per request
        // a shared store keeps a copy up to date: only what other replicas added since is fetched
        known = scopeStore.attach?.(scopeId, scopeTtlMs) ??
          (!named ? new Map() : scopeStore.sync !== undefined ? await scopeStore.sync(scopeId) : await scopeStore.load(scopeId))
      } catch (err) {
        await scopeStore.release(scopeId).catch(() => {})
        throw err
      }
      return createScope({
        id: scopeId,
        store: scopeStore,
        detector,
        metrics,
        restoreSecrets,
        ttlMs: scopeTtlMs,
        known,
        cache,
        keepResults: named,
        pool,
        async onRelease () {
          await scopeStore.release(scopeId)
          if (!named) await scopeStore.delete(scopeId)
        }
      })
    }
  }
}
