// The hostile suites run against whatever body-taking routes the app has registered (/analyze,
// /v1/messages, /v1/messages/count_tokens), plus an unknown path, with a local mock upstream
// that counts what reaches it: a rejected request must send nothing upstream.
import type { LightMyRequestResponse } from 'fastify'
import type { Test } from 'tap'
import type { App } from '../../app.js'
import { buildTestApp } from '../helpers/build-app.js'
import { assistantMessage, createMockAnthropic, type MockAnthropic } from '../helpers/mock-anthropic.js'

type Tap = Test

export const UNKNOWN_ROUTE = '/no-such-route'
export const CANDIDATE_ROUTES = ['/analyze', '/v1/messages', '/v1/messages/count_tokens'] as const

export interface HostileApp {
  app: App
  upstream: MockAnthropic
  /** POST routes that exist in this build, plus one unknown path (its body is still parsed). */
  targets: string[]
}

export async function buildHostileApp (t: Tap, env: Record<string, string> = {}): Promise<HostileApp> {
  const upstream = await createMockAnthropic()
  t.teardown(() => upstream.close())
  upstream.fallback({ message: assistantMessage([{ type: 'text', text: 'ok' }]) })
  const app = await buildTestApp(t, {
    ANTHROPIC_BASE_URL: upstream.url,
    ANTHROPIC_API_KEY: 'sk-ant-test-server-key',
    RATE_LIMIT_MAX: '1000000',
    RATE_LIMIT_ANALYZE_MAX: '1000000',
    UPSTREAM_MAX_RETRIES: '0',
    ...env
  })
  await app.ready()
  const targets = CANDIDATE_ROUTES.filter((url) => app.hasRoute({ method: 'POST', url }))
  return { app, upstream, targets: [...targets, UNKNOWN_ROUTE] }
}

/** A clear 4xx: status in range, JSON error body in the route family's shape, no stack. */
export function assertClear4xx (t: Tap, url: string, res: LightMyRequestResponse, expected?: number): void {
  const label = `${url} -> ${res.statusCode}`
  // An unknown path may answer 404 before looking at the body's type or size.
  const allowed = url === UNKNOWN_ROUTE ? [expected, 404] : [expected]
  if (expected !== undefined) t.ok(allowed.includes(res.statusCode), `${label} (wanted ${expected})`)
  t.ok(res.statusCode >= 400 && res.statusCode < 500, `${label} is 4xx`)
  let body: Record<string, unknown> = {}
  try { body = res.json() } catch { t.ok(false, `${label}: JSON body`) }
  if (url.startsWith('/v1/')) {
    t.equal(body.type, 'error', `${label}: Anthropic shape`)
  } else {
    t.equal(body.success, false, `${label}: service shape`)
  }
  t.ok(!/\bat .+\.(ts|js):\d+/.test(res.body), `${label}: no stack trace`)
}

/** Liveness and readiness still answer, and nothing reached the upstream since `before`. */
export async function assertHealthyAndSilent (t: Tap, hostile: HostileApp, before: number): Promise<void> {
  t.equal((await hostile.app.inject({ url: '/health' })).statusCode, 200, 'liveness after the abuse')
  t.equal(hostile.upstream.requests.length, before, 'nothing was sent upstream')
}
