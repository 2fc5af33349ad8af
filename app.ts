// Builds the app from a Config; never listens (server.ts does). Cross-cutting plugins are
// registered, awaited, before any route: rate-limit hooks onRoute, so an earlier route
// would be silently unlimited.
import { createServer } from 'node:http'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Config } from './config.js'
import { strictBodySchemaController, strictJsonParser } from './plugins/json-body.js'
import logging, { loggingOptions, type LoggingOverrides } from './plugins/logging.js'
import errorHandler from './plugins/error-handler.js'
import metrics from './plugins/metrics.js'
import underPressure from './plugins/under-pressure.js'
import rateLimit from './plugins/rate-limit.js'
import health from './plugins/health.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
  }
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>

export interface BuildOverrides {
  /** Log destination and level (tests capture lines with a stream). */
  logger?: LoggingOverrides
  stream?: NodeJS.WritableStream
  /** Shared store for rate limits (ioredis instance), wired by the Redis plugin. */
  redis?: unknown
  /** Time allowed to receive a whole request (headers + body): slow-loris guard. */
  requestTimeoutMs?: number
  /** How often Node looks for requests past that time. */
  connectionsCheckingIntervalMs?: number
}

const REQUEST_TIMEOUT_MS = 60_000 // 60 s to upload headers + body; responses (SSE) are not limited
const HEADERS_TIMEOUT_MS = 20_000 // 20 s for the request headers
const CONNECTIONS_CHECK_MS = 5_000 // 5 s granularity of both timeouts

/** Long texts of recent bodies kept to be reused when resent: half the result cache's budget, at most 32 MiB. */
const literalReuseBytes = (config: Config): number => Math.min(config.MASK_RESULT_CACHE_BYTES / 2, 32 * 1024 * 1024)

export async function buildApp (config: Config, overrides: BuildOverrides = {}): Promise<App> {
  const requestTimeout = overrides.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const app = Fastify({
    ...loggingOptions(config, { ...overrides.logger, stream: overrides.stream ?? overrides.logger?.stream }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    keepAliveTimeout: 72_000, // 72 s: longer than typical load-balancer idle timeouts
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // The /v1 proxy takes any JSON: never strip unknown fields.
    ajv: { customOptions: { removeAdditional: false, useDefaults: true, coerceTypes: 'array', allErrors: false } },
    schemaController: strictBodySchemaController(),
    serverFactory: (handler) => createServer({
      requestTimeout,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeout),
      connectionsCheckingInterval: overrides.connectionsCheckingIntervalMs ?? CONNECTIONS_CHECK_MS
    }, handler)
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.decorate('config', config)
  strictJsonParser(app, literalReuseBytes(config))

  await app.register(logging)
  await app.register(errorHandler)
  await app.register(import('./plugins/swagger.js')) // first: it only documents routes added after it
  await app.register(metrics)
  await app.register(underPressure, { config })
  await app.register(import('./plugins/redis.js')) // before the rate limits: they share app.redis
  await app.register(rateLimit, { config, redis: overrides.redis ?? app.redis ?? undefined })
  await app.register(health)

  // --- plugins and routes: one awaited line each, after the cross-cutting plugins above ---
  await app.register(import('./plugins/auth.js'))
  await app.register(import('./plugins/masking.js'))
  await app.register(import('./plugins/upstream.js'))
  await app.register(import('./routes/analyze.js'))
  await app.register(import('./routes/v1/index.js'))
  // --- end of plugins and routes ---

  return app
}
