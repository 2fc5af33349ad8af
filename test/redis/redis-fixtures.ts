// Shared Redis helpers for tests: the CI Redis at 127.0.0.1:6379 with a unique key prefix per
// test (cleaned up after, never FLUSHALL), and a private redis-server child for outage tests.
import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { Registry } from 'prom-client'
import { connectRedisClient, createRedisClient } from '../../services/masking/redis-client.js'
import { createRedisStore } from '../../services/masking/redis-store.js'
import type { MappingStore } from '../../services/masking/types.js'
import type { StoreFixture } from '../services/masking/store-contract.js'

export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

export function uniquePrefix (): string {
  return `awsm-test:${randomUUID()}:`
}

export async function connectedClient (url = SHARED_REDIS_URL): Promise<Redis> {
  const client = createRedisClient(url)
  if (!(await connectRedisClient(client))) throw new Error(`no Redis at ${url} (start one: redis-server)`)
  return client
}

/** Deletes every key under a prefix (SCAN, never KEYS/FLUSHALL). */
export async function deletePrefix (client: Redis, prefix: string): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
    if (keys.length > 0) await client.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

export interface RedisStoreFixture extends StoreFixture {
  client: Redis
  prefix: string
}

/** A Redis store on the shared server under a fresh prefix; `sibling()` adds one on another client. */
export async function makeRedisStoreFixture (options: { maxMappings: number, registry?: Registry, pinLeaseMs?: number, url?: string }): Promise<RedisStoreFixture> {
  const prefix = uniquePrefix()
  const clients: Redis[] = []
  const stores: MappingStore[] = []
  async function open (): Promise<MappingStore> {
    const client = await connectedClient(options.url)
    clients.push(client)
    const store = createRedisStore({ redis: client, keyPrefix: prefix, maxMappings: options.maxMappings, registry: options.registry, pinLeaseMs: options.pinLeaseMs })
    stores.push(store)
    return store
  }
  const store = await open()
  return {
    store,
    client: clients[0],
    prefix,
    sibling: open,
    async close () {
      await Promise.allSettled(stores.map(async (s) => await s.close()))
      await deletePrefix(clients[0], prefix).catch(() => {})
      for (const client of clients) client.disconnect()
    }
  }
}
