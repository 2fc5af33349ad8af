// Logger options (pino JSON lines, ISO time, level label, redaction) and the per-request
// id + one "request completed" line. Bodies are never logged; only the route pattern is,
// never the raw URL (it could carry identifiers).
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.js'

export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-masker-key"]', 'req.headers.cookie',
  'res.headers["set-cookie"]', 'headers.authorization', 'headers["x-api-key"]', 'headers["x-masker-key"]',
  'headers.cookie', 'headers["set-cookie"]'
]

// A client id is echoed back and logged, so it must be short and plain.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

export function requestIdFrom (req: IncomingMessage): string {
  const given = req.headers['x-request-id']
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID()
}

export interface LoggingOverrides {
  /** Where log lines go (tests capture them); defaults to stdout. */
  stream?: NodeJS.WritableStream
  /** Overrides LOG_LEVEL. */
  level?: string
}

/** The Fastify constructor options that shape logging. */
export function loggingOptions (config: Config, overrides: LoggingOverrides = {}): Partial<FastifyServerOptions> {
  return {
    logger: {
      level: overrides.level ?? config.LOG_LEVEL,
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // Only these request/response fields ever reach a log line.
      serializers: {
        req: (req: { method?: string, routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode })
      },
      ...(overrides.stream ? { stream: overrides.stream } : {})
    },
    // Fastify's own two lines per request are replaced by the one onResponse line below.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    requestIdHeader: false,
    genReqId: requestIdFrom
  }
}

// Callback hooks, not async ones: no promise and no extra microtask on every request.
async function logging (app: FastifyInstance) {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id)
    done()
  })
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 100) / 100
    }, 'request completed')
    done()
  })
}

export default fp(logging, { name: 'logging', fastify: '5.x' })
