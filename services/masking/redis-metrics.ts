// Store metrics of the Redis store, in the shared masking metric objects (metrics.ts). Entries and
// scopes are Redis-wide figures, refreshed from the replies of this replica's own calls (no extra
// round trip): every replica reports roughly the same value, so aggregate with max(), not sum().
import type { Registry } from 'prom-client'
import { getMaskingMetrics } from './metrics.js'

export interface RedisStoreMetrics {
  evicted (reason: 'ttl' | 'lru', count: unknown): void
  totals (entries: unknown, scopes: unknown): void
  /** This replica's copies of Redis conversations: one sync and the entries kept after it. */
  synced (result: 'updated' | 'copied' | 'whole', copyEntries: number): void
}

export function createRedisStoreMetrics (registry?: Registry): RedisStoreMetrics {
  const metrics = getMaskingMetrics(registry)
  return {
    evicted (reason, count) {
      const n = Number(count)
      if (n > 0) metrics.storeEvictions.inc({ reason }, n)
    },
    totals (entries, scopes) {
      metrics.storeEntries.set(Number(entries))
      metrics.storeScopes.set(Number(scopes))
    },
    synced (result, copyEntries) {
      metrics.storeCopySyncs.inc({ result })
      metrics.storeCopyEntries.set(copyEntries)
    }
  }
}
