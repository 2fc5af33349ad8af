// Load shedding (@fastify/under-pressure): over the configured event-loop delay, heap or RSS,
// requests get 503 + Retry-After, except probes and scrapes (they must see the real state).
import underPressure from '@fastify/under-pressure'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Counter } from 'prom-client'
import type { Config } from '../config.js'

export const RETRY_AFTER_SECONDS = 10

async function loadShedding (app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts
  const shed = new Counter({
    name: 'aws_masker_load_shed_total',
    help: 'Requests refused with 503 because the process was under pressure',
    registers: [app.metrics.registry]
  })
  await app.register(underPressure, {
    maxEventLoopDelay: config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: config.PRESSURE_MAX_HEAP_USED_BYTES,
    maxRssBytes: config.PRESSURE_MAX_RSS_BYTES,
    retryAfter: RETRY_AFTER_SECONDS,
    sampleInterval: 1000, // 1 s: how often memory and loop delay are measured
    healthCheck: async () => true, // no external check gates traffic; readiness covers dependencies
    healthCheckInterval: 5000, // 5 s: without an interval the first answer would stick forever
    pressureHandler: (request: FastifyRequest, reply) => {
      if ((request.routeOptions.config as { operational?: boolean }).operational) return undefined
      shed.inc()
      reply.header('retry-after', RETRY_AFTER_SECONDS)
      return Promise.reject(Object.assign(new Error('Service under pressure'), { statusCode: 503, code: 'FST_UNDER_PRESSURE' }))
    }
  })
}

export default fp(loadShedding, { name: 'under-pressure', fastify: '5.x', dependencies: ['metrics'] })
