// Pins as leases: a replica that holds a scope writes `holder -> lease end` in Redis and renews it
// every third of the lease while its requests run. A crashed replica stops renewing, so its pins
// lapse after one lease instead of protecting a scope from eviction forever.
import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import { defineLuaScript, runLuaScript } from './redis-eval.js'
import { pinScript, unpinScript } from './redis-scripts.js'

const pin = defineLuaScript(pinScript)
const unpin = defineLuaScript(unpinScript)

export interface PinLeases {
  acquire (scopeId: string): Promise<void>
  release (scopeId: string): Promise<void>
  close (): Promise<void>
}

export interface PinLeaseOptions {
  redis: Redis
  keyPrefix: string
  leaseMs: number
  /** Told how many expired scopes a pin call dropped on its way. */
  onExpired: (count: number) => void
}

export function createPinLeases ({ redis, keyPrefix, leaseMs, onExpired }: PinLeaseOptions): PinLeases {
  const holder = randomUUID()
  const counts = new Map<string, number>()
  let timer: NodeJS.Timeout | undefined

  async function writeLease (scopeId: string): Promise<void> {
    const expired = await runLuaScript(redis, pin, [keyPrefix, scopeId, holder, String(leaseMs)])
    if (Number(expired) > 0) onExpired(Number(expired))
  }

  function renewAll (): void {
    // A failed renewal is retried on the next tick; if Redis stays away the lease lapses by design.
    for (const scopeId of counts.keys()) writeLease(scopeId).catch(() => {})
  }

  function syncTimer (): void {
    if (counts.size > 0 && timer === undefined) {
      timer = setInterval(renewAll, Math.max(10, Math.floor(leaseMs / 3)))
      timer.unref()
    } else if (counts.size === 0 && timer !== undefined) {
      clearInterval(timer)
      timer = undefined
    }
  }

  async function release (scopeId: string): Promise<void> {
    const held = counts.get(scopeId) ?? 0
    if (held === 0) return
    if (held > 1) { counts.set(scopeId, held - 1); return }
    counts.delete(scopeId)
    syncTimer()
    // Best effort: when Redis is away the lease simply lapses.
    await runLuaScript(redis, unpin, [keyPrefix, scopeId, holder]).catch(() => {})
  }

  return {
    release,

    async acquire (scopeId) {
      const held = counts.get(scopeId) ?? 0
      counts.set(scopeId, held + 1)
      syncTimer()
      if (held > 0) return
      try {
        await writeLease(scopeId)
      } catch (err) {
        await release(scopeId)
        throw err
      }
    },

    async close () {
      const held = [...counts.keys()]
      counts.clear()
      syncTimer()
      await Promise.allSettled(held.map(async (scopeId) => await runLuaScript(redis, unpin, [keyPrefix, scopeId, holder])))
    }
  }
}
