// Rate limits (@fastify/rate-limit): RATE_LIMIT_MAX per window per client on every route,
// RATE_LIMIT_ANALYZE_MAX on /analyze, none on probes and metrics (config.rateLimit: false).
// Draft-spec RateLimit-* headers and Retry-After. Pass `redis` (an ioredis client) to share
// the counters between replicas; without it they live in this process.
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.js'

export interface RateLimitOptions {
  config: Config
  /** ioredis instance for a shared store (optional). */
  redis?: unknown
}

export const STRICT_ROUTES = ['/analyze']

async function rateLimits (app: FastifyInstance, opts: RateLimitOptions) {
  const { config } = opts
  // Runs before @fastify/rate-limit's own onRoute hook (added below), so /analyze gets its limit
  // whoever registers it, unless the route set its own rateLimit config.
  app.addHook('onRoute', (route) => {
    if (!STRICT_ROUTES.includes(route.url)) return
    const routeConfig = (route.config ?? {}) as Record<string, unknown>
    if (routeConfig.rateLimit !== undefined) return
    route.config = { ...routeConfig, rateLimit: { max: config.RATE_LIMIT_ANALYZE_MAX } }
  })

  await app.register(rateLimit, {
    global: true,
    max: config.RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    enableDraftSpec: true,
    skipOnError: true, // a shared store that is down must not take the service down with it
    ...(opts.redis ? { redis: opts.redis, nameSpace: 'aws-masker-rl:' } : {}),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error('Too many requests, please try again later'), {
        statusCode: context.statusCode,
        code: 'FST_ERR_RATE_LIMIT'
      })
  })
}

export default fp(rateLimits, { name: 'rate-limit', fastify: '5.x' })
