// Inbound auth with SERVICE_API_KEYS. Service routes: `Authorization: Bearer <key>`.
// /v1 routes: `x-masker-key: <key>`, so SDK clients keep their own Anthropic key in
// x-api-key/authorization; a service key sent as `Authorization: Bearer` or `x-api-key` is
// accepted too, and then the server's ANTHROPIC_API_KEY goes upstream instead (see maskerAuth).
// Probes and metrics stay open. Keys are compared as SHA-256 digests in constant time.
import { hash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { Counter } from 'prom-client'
import { serviceKeys } from '../config.js'
import { isV1 } from './error-handler.js'

export interface MaskerAuth {
  /** How the caller showed a service key; 'open' when SERVICE_API_KEYS is unset. */
  via: 'open' | 'authorization' | 'x-masker-key' | 'x-api-key'
  /** Authorization or x-api-key held a service key: never forward them; use ANTHROPIC_API_KEY. */
  credentialIsServiceKey: boolean
}

declare module 'fastify' {
  interface FastifyRequest {
    maskerAuth: MaskerAuth
  }
}

const digest = (value: string): Buffer => hash('sha256', value, 'buffer')

/** True when `candidate` equals one of the key digests; looks at every key whatever matches. */
export function matchesKey (candidate: string | undefined, keyDigests: Buffer[]): boolean {
  if (!candidate) return false
  const given = digest(candidate)
  let found = false
  for (const key of keyDigests) found = timingSafeEqual(given, key) || found
  return found
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return typeof value === 'string' ? value : undefined
}
const bearer = (request: FastifyRequest) => /^Bearer\s+(\S+)\s*$/i.exec(header(request, 'authorization') ?? '')?.[1]

const OPEN: MaskerAuth = Object.freeze({ via: 'open', credentialIsServiceKey: false })

/** Which credential (if any) carries a service key; the first match wins. */
function authenticate (request: FastifyRequest, keys: Buffer[]): MaskerAuth | undefined {
  if (matchesKey(header(request, 'x-masker-key'), keys)) return { via: 'x-masker-key', credentialIsServiceKey: false }
  if (matchesKey(bearer(request), keys)) return { via: 'authorization', credentialIsServiceKey: true }
  if (isV1(request) && matchesKey(header(request, 'x-api-key'), keys)) return { via: 'x-api-key', credentialIsServiceKey: true }
  return undefined
}

// Routes nobody needs a key for: probes, scrapes, and Claude Code's start-up `HEAD /`.
function isExempt (request: FastifyRequest): boolean {
  if ((request.routeOptions.config as { operational?: boolean }).operational) return true
  return request.method === 'HEAD' && request.routeOptions.url === '/'
}

async function auth (app: FastifyInstance) {
  const keys = serviceKeys(app.config).map(digest)
  app.decorateRequest('maskerAuth', null as unknown as MaskerAuth)
  if (keys.length === 0) {
    app.log.warn('SERVICE_API_KEYS is not set: the service is open to anyone who can reach it')
    app.addHook('onRequest', (request, _reply, done) => { // a callback hook: no promise per request
      request.maskerAuth = OPEN
      done()
    })
    return
  }
  const failures = new Counter({
    name: 'aws_masker_auth_failures_total',
    help: 'Requests refused for a missing or wrong service key',
    labelNames: ['family'] as const,
    registers: [app.metrics.registry]
  })
  app.addHook('onRequest', async (request, reply) => {
    if (isExempt(request)) {
      request.maskerAuth = OPEN
      return
    }
    const result = authenticate(request, keys)
    if (result) {
      request.maskerAuth = result
      return
    }
    const v1 = isV1(request)
    failures.inc({ family: v1 ? 'v1' : 'service' })
    if (!v1) reply.header('www-authenticate', 'Bearer')
    return reply.sendError(401, v1
      ? 'Missing or invalid service key: send it as x-masker-key'
      : 'Missing or invalid service key: send Authorization: Bearer <key>')
  })
}

export default fp(auth, { name: 'auth', fastify: '5.x', dependencies: ['metrics', 'error-handler'] })
