// MappingStore on Redis, for several replicas behind one load balancer: any replica restores any
// other replica's tokens. Every call is one Lua script (one round trip); see redis-scripts.ts for
// the key layout. Redis errors become StoreUnavailableError so callers fail closed.
import type { Redis } from 'ioredis'
import type { Registry } from 'prom-client'
import { MappingLimitError, StoreUnavailableError, type MappingStore, type MappingValue, type TokenRequest } from './types.js'
import { defineLuaScript, runLuaScript, type LuaScript } from './redis-eval.js'
import { deleteScript, loadScript, resolveScript, statsScript, syncScript } from './redis-scripts.js'
import { ScopeReplica, ScopeReplicas } from './redis-replicas.js'
import { createPinLeases } from './redis-pins.js'
import { createRedisStoreMetrics } from './redis-metrics.js'

export interface RedisStoreOptions {
  /** A client made by createRedisClient (fails fast when Redis is away). Not closed by the store. */
  redis: Redis
  /** Cap on entries across all scopes in this Redis (MASK_MAX_MAPPINGS). */
  maxMappings: number
  /** Prefix of every key; lets several services or tests share one Redis. */
  keyPrefix?: string
  registry?: Registry
  /** How long a pin survives without renewal (a crashed replica's pins lapse after this). */
  pinLeaseMs?: number
  /** How often this replica sweeps expired scopes and refreshes the store gauges; default 60 s. */
  sweepIntervalMs?: number
  /** Token entries of conversations this replica keeps copies of between requests (0: none); default 200,000. */
  replicaEntries?: number
}

const scripts = {
  resolve: defineLuaScript(resolveScript),
  load: defineLuaScript(loadScript),
  sync: defineLuaScript(syncScript),
  delete: defineLuaScript(deleteScript),
  stats: defineLuaScript(statsScript)
}

const DEFAULT_PIN_LEASE_MS = 60_000 // 60 s, renewed every 20 s
const DEFAULT_SWEEP_INTERVAL_MS = 60_000 // 60 s
const DEFAULT_REPLICA_ENTRIES = 200_000 // ~40-60 MB of copies (190 bytes an entry of a short id, measured)
// 10 years: keeps `now + ttl` a plain 13-digit integer inside Lua (larger numbers print as 1e+15).
const MAX_TTL_MS = 315_360_000_000

export function createRedisStore (options: RedisStoreOptions): MappingStore {
  const { redis, maxMappings, keyPrefix = 'awsm:', registry, pinLeaseMs = DEFAULT_PIN_LEASE_MS } = options

  async function run (script: LuaScript, args: string[]): Promise<unknown[]> {
    try {
      return await runLuaScript(redis, script, [keyPrefix, ...args]) as unknown[]
    } catch (err) {
      throw new StoreUnavailableError(undefined, { cause: err })
    }
  }

  const metrics = createRedisStoreMetrics(registry)
  const replicas = new ScopeReplicas(options.replicaEntries ?? DEFAULT_REPLICA_ENTRIES)
  const pins = createPinLeases({ redis, keyPrefix, leaseMs: pinLeaseMs, onExpired: (n) => metrics.evicted('ttl', n) })

  async function stats (): Promise<{ entries: number, scopes: number }> {
    const [expired, entries, scopes] = await run(scripts.stats, [])
    metrics.evicted('ttl', expired)
    metrics.totals(entries, scopes)
    return { entries: Number(entries), scopes: Number(scopes) }
  }

  // Calls sweep as they go; this keeps an idle fleet's counts and gauges honest too.
  const sweepTimer = setInterval(() => { stats().catch(() => {}) }, options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS)
  sweepTimer.unref()

  return {
    async resolve (scopeId: string, requests: TokenRequest[], ttlMs: number): Promise<string[]> {
      const args = [scopeId, String(Math.min(MAX_TTL_MS, Math.max(1, Math.floor(ttlMs)))), String(maxMappings)]
      for (const { label, kind, value } of requests) args.push(label, kind, value)
      const reply = await run(scripts.resolve, args)
      metrics.evicted('ttl', reply[1])
      metrics.evicted('lru', reply[2])
      metrics.totals(reply[3], reply[4])
      if (reply[0] === 'LIMIT') throw new MappingLimitError()
      replicas.adopt(scopeId, String(reply[5]))
      return reply.slice(6) as string[]
    },

    async sync (scopeId: string): Promise<ScopeReplica | Map<string, MappingValue>> {
      const held = replicas.get(scopeId)
      const args = [scopeId, held?.generation ?? '0']
      if (held !== undefined) for (const [label, n] of held.counters) args.push(label, String(n))
      const reply = await run(scripts.sync, args)
      metrics.evicted('ttl', reply[0])
      const generation = String(reply[1])
      const labels = Number(reply[2])
      const first = 3 + 2 * labels // the tokens follow the counters
      // '0' never matches: a copy made while the scope had no generation may be of a scope since dropped
      const current = held !== undefined && generation !== '0' && held.generation === generation ? held : undefined
      // a scope too big to keep is served as a plain map, as load does (no live index, no results kept for it)
      if (current === undefined && !replicas.fits((reply.length - first) / 2)) {
        metrics.synced('whole', replicas.stats().entries)
        return tokensIn(reply, first)
      }
      const replica = current ?? new ScopeReplica(generation)
      for (const [token, mapping] of tokensIn(reply, first)) replica.learn(mapping.value, token, mapping.kind)
      for (let i = 0; i < labels; i++) { // every token up to n is held now
        const label = String(reply[3 + 2 * i])
        const n = Number(reply[4 + 2 * i])
        if (n > (replica.counters.get(label) ?? 0)) replica.counters.set(label, n)
      }
      replicas.keep(scopeId, replica)
      metrics.synced(current === undefined ? 'copied' : 'updated', replicas.stats().entries)
      return replica
    },

    async load (scopeId: string): Promise<Map<string, MappingValue>> {
      const reply = await run(scripts.load, [scopeId])
      metrics.evicted('ttl', reply[0])
      return tokensIn(reply, 1)
    },

    async acquire (scopeId: string): Promise<void> {
      try {
        await pins.acquire(scopeId)
      } catch (err) {
        throw new StoreUnavailableError(undefined, { cause: err })
      }
    },

    async release (scopeId: string): Promise<void> {
      await pins.release(scopeId)
    },

    async delete (scopeId: string): Promise<void> {
      replicas.forget(scopeId)
      const [entries, scopes] = await run(scripts.delete, [scopeId])
      metrics.totals(entries, scopes)
    },

    stats,

    async ping (): Promise<void> {
      try {
        await redis.ping()
      } catch (err) {
        throw new StoreUnavailableError(undefined, { cause: err })
      }
    },

    async close (): Promise<void> {
      clearInterval(sweepTimer)
      await pins.close()
    }
  }
}

/** The token, kind|value pairs of a script's reply from `from` on. */
function tokensIn (reply: unknown[], from: number): Map<string, MappingValue> {
  const tokens = new Map<string, MappingValue>()
  for (let i = from; i + 1 < reply.length; i += 2) {
    const stored = String(reply[i + 1])
    const bar = stored.indexOf('|') // kinds never hold '|'; values may
    tokens.set(String(reply[i]), { kind: stored.slice(0, bar), value: stored.slice(bar + 1) })
  }
  return tokens
}
