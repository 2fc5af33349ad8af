// 5xx storms and the breaker (opens, fails fast without calling, half-opens with a single probe,
// re-opens on a failed probe, recovers), and 429/529 answers with retry hints, on both families.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import type { App } from '../../app.js'
import {
  FAMILIES, assertBounded, assertErrorShape, assertHealthyAfter, assertNothingPlantedUpstream, faultFixture
} from './fault-fixture.js'
import { anthropicError, echo, slowHeaders } from './fault-answers.js'

const RESET_MS = 5_000 // long enough that "fails fast" checks run while it is surely open

async function waitForState (app: App, state: string): Promise<boolean> {
  for (let i = 0; i < 500 && app.upstream.breakerState() !== state; i++) await sleep(20)
  return app.upstream.breakerState() === state
}

t.test('a 5xx storm opens the breaker; it fails fast, half-opens, re-opens on a failed probe, recovers', async (t) => {
  const fx = await faultFixture(t, { BREAKER_FAILURE_THRESHOLD: '3', BREAKER_RESET_MS: String(RESET_MS) }, anthropicError(500, 'api_error'))
  const expected = { analyze: 502, v1: 500, 'v1-stream': 500 } as const
  for (const family of FAMILIES) assertErrorShape(t, await fx.call(family), expected[family], 'api_error')
  t.equal(app(fx).upstream.breakerState(), 'open', 'three failed calls in a row opened it')

  const sent = fx.upstream.requests.length
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 503, 'api_error')
    assertBounded(t, a, 4_000)
  }
  t.equal(fx.upstream.requests.length, sent, 'the open breaker sent nothing upstream')
  const ready = await fetch(`${fx.baseURL}/health/ready`)
  t.equal(ready.status, 503)
  t.equal((await ready.json()).checks.upstream, 'open')
  t.equal((await fetch(`${fx.baseURL}/health`)).status, 200, 'liveness stays up: the process is fine')

  t.ok(await waitForState(app(fx), 'halfOpen'), 'half-open after the reset time')
  assertErrorShape(t, await fx.call('v1'), 500, 'api_error')
  t.equal(fx.upstream.requests.length, sent + 1, 'one probe went out')
  t.equal(app(fx).upstream.breakerState(), 'open', 'the failed probe re-opened it')

  t.ok(await waitForState(app(fx), 'halfOpen'), 'half-open again')
  fx.upstream.fallback(slowHeaders(300)) // the upstream is back, a little slow
  const calls = await Promise.all([fx.call('analyze'), fx.call('v1'), fx.call('v1-stream')])
  t.same(calls.map((a) => a.status).sort(), [200, 503, 503], 'a single probe in half-open; the others fail fast')
  t.equal(fx.upstream.requests.length, sent + 2)
  t.equal(app(fx).upstream.breakerState(), 'closed', 'the successful probe closed it')
  t.equal((await fetch(`${fx.baseURL}/health/ready`)).status, 200)
  await assertHealthyAfter(t, fx)
})

t.test('429 with retry-after: status and hint reach the client in both shapes', async (t) => {
  const fx = await faultFixture(t, {}, anthropicError(429, 'rate_limit_error', { 'retry-after': '2' }))
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 429, 'rate_limit_error')
    t.equal(a.headers.get('retry-after'), '2', `${family}: retry-after passed on`)
  }
  t.equal(app(fx).upstream.breakerState(), 'closed', '429 is not an upstream failure')
  await assertHealthyAfter(t, fx)
})

t.test('529 with retry-after-ms is retried after the hint, then succeeds', async (t) => {
  const fx = await faultFixture(t, { UPSTREAM_MAX_RETRIES: '2' })
  for (const family of FAMILIES) {
    fx.upstream.next(anthropicError(529, 'overloaded_error', { 'retry-after-ms': '250' }), anthropicError(529, 'overloaded_error', { 'retry-after-ms': '250' }), echo)
    const a = await fx.call(family)
    t.equal(a.status, 200, `${family}: succeeded on the third attempt`)
    t.ok(a.ms >= 450, `${family}: waited the two hints (${Math.round(a.ms)} ms)`)
    assertBounded(t, a, 10_000)
  }
  t.equal(fx.upstream.requests.length, 9)
  assertNothingPlantedUpstream(t, fx)
})

t.test('529 to the end: v1 keeps 529 overloaded_error, /analyze says 502', async (t) => {
  const fx = await faultFixture(t, { UPSTREAM_MAX_RETRIES: '1' }, anthropicError(529, 'overloaded_error', { 'retry-after-ms': '20' }))
  const expected = { analyze: 502, v1: 529, 'v1-stream': 529 } as const
  for (const family of FAMILIES) assertErrorShape(t, await fx.call(family), expected[family], 'overloaded_error')
  t.equal(fx.upstream.requests.length, 6, 'each call tried twice')
  await assertHealthyAfter(t, fx)
})

t.test('a hint longer than the deadline is not waited for: the 429 comes back at once', async (t) => {
  const fx = await faultFixture(t, { UPSTREAM_MAX_RETRIES: '3', UPSTREAM_DEADLINE_MS: '3000' }, anthropicError(429, 'rate_limit_error', { 'retry-after': '60' }))
  for (const family of FAMILIES) {
    const a = await fx.call(family)
    assertErrorShape(t, a, 429, 'rate_limit_error')
    assertBounded(t, a, 10_000) // far below the 60 s hint: it was not waited for
    t.equal(a.headers.get('retry-after'), '60')
  }
  t.equal(fx.upstream.requests.length, 3, 'no retry that could not finish in time')
  await assertHealthyAfter(t, fx)
})

function app (fx: { app: App }): App { return fx.app }
