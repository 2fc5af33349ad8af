// Redis, when REDIS_URL is set: decorates app.redis (null without it) for the mapping store and
// the shared rate limits, reports `store` in readiness, quits on close. Register it BEFORE the
// rate-limit plugin so the limits can use app.redis.
//
// A Redis that is down at start-up does not stop the app: the client keeps reconnecting,
// readiness says `down` and requests that need the store fail closed with 503 meanwhile.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import { connectRedisClient, createRedisClient } from '../services/masking/redis-client.js'

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis | null
  }
}

export interface RedisPluginOptions {
  /** A client to use instead of one made from REDIS_URL (tests); the plugin does not close it. */
  client?: Redis
}

async function redisPlugin (app: FastifyInstance, opts: RedisPluginOptions) {
  const url = app.config.REDIS_URL
  if (opts.client === undefined && url === undefined) {
    app.decorate('redis', null)
    return
  }

  // Report each outage once (ioredis emits an error on every reconnect attempt); never the URL,
  // which may hold a password.
  let outageReported = false
  const client = opts.client ?? createRedisClient(url as string, {
    onError (err) {
      if (outageReported) return
      outageReported = true
      app.log.warn({ err }, 'Redis unreachable: requests that need the mapping store get 503 until it returns')
    }
  })
  client.on('ready', () => {
    if (outageReported) app.log.info('Redis reachable again')
    outageReported = false
  })
  if (opts.client === undefined && !(await connectRedisClient(client))) {
    app.log.warn('Redis unreachable at start-up; reconnecting in the background')
  }
  app.decorate('redis', client)

  // Health registers after the rate limits (and so after this plugin): add the check once all is loaded.
  app.addHook('onReady', async () => {
    if (!app.hasDecorator('readiness')) return
    app.readiness.addCheck('store', async () => {
      if (client.status !== 'ready') return 'down'
      return await client.ping().then(() => 'ok', () => 'down')
    })
  })

  // Registered first, so this runs after the plugins that use Redis have closed.
  app.addHook('onClose', async () => {
    if (opts.client !== undefined) return
    await client.quit().catch(() => client.disconnect())
  })
}

export default fp(redisPlugin, { name: 'redis', fastify: '5.x' })
