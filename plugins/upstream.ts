// Wires the retrying upstream client: decorates app.upstream, reports the breaker in
// readiness, closes the pool on close.
//
// Readiness: an open breaker reports `open` and makes /health/ready 503. The pod cannot serve
// its main job while Claude is unreachable, so the load balancer should stop sending it
// traffic. Half-open reports `ok`, so traffic (and with it the breaker's probe) comes back.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Dispatcher } from 'undici'
import { createUpstreamClient, type UpstreamClient } from '../services/upstream/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    upstream: UpstreamClient
  }
}

export interface UpstreamPluginOptions {
  /** Tests may aim the client at their own dispatcher. */
  dispatcher?: Dispatcher
}

async function upstream (app: FastifyInstance, opts: UpstreamPluginOptions) {
  const config = app.config
  const client = createUpstreamClient({
    baseUrl: config.ANTHROPIC_BASE_URL,
    apiKey: config.ANTHROPIC_API_KEY,
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    deadlineMs: config.UPSTREAM_DEADLINE_MS,
    streamDeadlineMs: config.UPSTREAM_STREAM_DEADLINE_MS,
    maxRetries: config.UPSTREAM_MAX_RETRIES,
    breaker: { failureThreshold: config.BREAKER_FAILURE_THRESHOLD, resetMs: config.BREAKER_RESET_MS },
    registry: app.metrics.registry,
    dispatcher: opts.dispatcher
  })
  app.decorate('upstream', client)
  app.readiness.addCheck('upstream', () => (client.breakerState() === 'open' ? 'open' : 'ok'))
  app.addHook('onClose', async () => { await client.close() })
}

export default fp(upstream, { name: 'upstream', fastify: '5.x', dependencies: ['metrics', 'health'] })
