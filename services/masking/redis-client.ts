// An ioredis client tuned to fail closed FAST and heal by itself: no offline queue (a command sent
// while disconnected fails at once instead of waiting), no per-request retries, a short command
// timeout for a Redis that accepts connections but does not answer, and endless reconnects.
import { Redis } from 'ioredis'

export interface RedisClientOptions {
  /** Called for connection errors (ioredis emits them on every failed reconnect). */
  onError?: (err: Error) => void
  commandTimeoutMs?: number
}

const COMMAND_TIMEOUT_MS = 2000 // 2 s: a resolve of a large request is still well under this
const CONNECT_TIMEOUT_MS = 2000 // 2 s
const MAX_RECONNECT_DELAY_MS = 1000 // 1 s: recover quickly once Redis is back

export function createRedisClient (url: string, options: RedisClientOptions = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(50 * attempt, MAX_RECONNECT_DELAY_MS)
  })
  client.on('error', options.onError ?? (() => {}))
  return client
}

/** Connects; when Redis is away, resolves anyway and lets the client keep reconnecting. */
export async function connectRedisClient (client: Redis): Promise<boolean> {
  try {
    await client.connect()
    return true
  } catch {
    return false
  }
}
