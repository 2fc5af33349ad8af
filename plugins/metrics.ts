// Prometheus metrics: one Registry per app (tests build many apps), prom-client defaults,
// request counters labelled by route pattern (never the raw URL: it could carry identifiers).
// GET /metrics answers the text format, or a JSON summary with Accept: application/json.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: { registry: Registry }
  }
}

const CLIENT_CLOSED_REQUEST = 499

/** Route config that keeps probes and scrapes out of rate limits and load shedding. */
export const OPERATIONAL_ROUTE = { rateLimit: false, operational: true } as const

async function metrics (app: FastifyInstance) {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const labelNames = ['method', 'route', 'status_code'] as const
  const requests = new Counter({ name: 'http_requests_total', help: 'Finished HTTP requests', labelNames, registers: [registry] })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds',
    labelNames,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry]
  })
  const startedAt = Date.now()
  const summary = { requests: 0, errors: 0 }

  app.decorate('metrics', { registry })

  function count (method: string, route: string | undefined, status: number, seconds: number): void {
    const labels = { method, route: route ?? 'unmatched', status_code: String(status) }
    requests.inc(labels)
    duration.observe(labels, seconds)
    summary.requests++
    if (status >= 400) summary.errors++
  }

  // callback hooks: no promise per request
  const answered = new WeakSet<object>()
  app.addHook('onResponse', (request, reply, done) => {
    answered.add(reply.raw)
    count(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000)
    done()
  })
  // A client that goes away before its answer is done gets no onResponse (and Fastify's
  // onRequestAbort only sees bodies cut short): counted as 499, "client closed request" as nginx
  // logs it, so abandoned work is not invisible.
  app.addHook('onRequest', (request, reply, done) => {
    reply.raw.once('close', () => {
      if (!answered.has(reply.raw)) count(request.method, request.routeOptions.url, CLIENT_CLOSED_REQUEST, reply.elapsedTime / 1000)
    })
    done()
  })

  app.get('/metrics', { config: OPERATIONAL_ROUTE }, async (request, reply) => {
    if ((request.headers.accept ?? '').includes('application/json')) {
      return {
        requests: summary.requests,
        errors: summary.errors,
        errorRate: summary.requests === 0 ? 0 : Math.round((summary.errors / summary.requests) * 10000) / 100,
        uptimeMs: Date.now() - startedAt,
        timestamp: new Date().toISOString()
      }
    }
    reply.type(registry.contentType)
    return registry.metrics()
  })
}

export default fp(metrics, { name: 'metrics', fastify: '5.x' })
