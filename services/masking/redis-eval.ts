// Runs a Lua script in one round trip: EVALSHA, and EVAL once when Redis does not know the script
// yet (first use, or after a Redis restart emptied its script cache).
import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'

export interface LuaScript {
  readonly source: string
  readonly sha: string
}

export function defineLuaScript (source: string): LuaScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') }
}

/** Arguments go as one array (never spread): a resolve may carry hundreds of thousands of them. */
export async function runLuaScript (redis: Redis, script: LuaScript, args: string[]): Promise<unknown> {
  try {
    return await redis.call('evalsha', [script.sha, '0'].concat(args))
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err
    return await redis.call('eval', [script.source, '0'].concat(args))
  }
}
