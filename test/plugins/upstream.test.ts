import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildTestApp } from '../helpers/build-app.js'
import { createMockUpstream } from '../helpers/mock-upstream.js'

const call = { method: 'POST' as const, path: '/v1/messages', body: '{}' }

t.test('app.upstream aims at ANTHROPIC_BASE_URL with the server key', async (t) => {
  const mock = await createMockUpstream({ status: 200, body: { ok: 1 } })
  t.teardown(() => mock.close())
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: mock.url, ANTHROPIC_API_KEY: 'sk-test-server' })
  const res = await app.upstream.request(call)
  t.equal(res.statusCode, 200)
  t.equal(mock.requests[0].headers['x-api-key'], 'sk-test-server')
})

t.test('readiness reports the breaker: open -> 503, half-open -> ready again', async (t) => {
  const mock = await createMockUpstream()
  mock.fallback({ status: 500 })
  t.teardown(() => mock.close())
  const app = await buildTestApp(t, {
    ANTHROPIC_BASE_URL: mock.url, UPSTREAM_MAX_RETRIES: '0', BREAKER_FAILURE_THRESHOLD: '2', BREAKER_RESET_MS: '1000'
  })
  const ready = async () => await app.inject({ url: '/health/ready' })
  t.equal((await ready()).json().checks.upstream, 'ok')

  await app.upstream.request(call)
  await app.upstream.request(call)
  const open = await ready()
  t.equal(open.statusCode, 503)
  t.equal(open.json().checks.upstream, 'open')
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.match(metrics, /^aws_masker_upstream_breaker_state 2$/m)
  t.match(metrics, /^aws_masker_upstream_calls_total\{outcome="server_error"\} 2$/m)
  t.match(metrics, /^aws_masker_ready 0$/m)

  await sleep(1_100)
  const halfOpen = await ready()
  t.equal(halfOpen.json().checks.upstream, 'ok')
  t.equal(halfOpen.statusCode, 200)
})

t.test('closing the app closes the pool', async (t) => {
  const mock = await createMockUpstream()
  t.teardown(() => mock.close())
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: mock.url })
  await app.upstream.request(call)
  await app.close()
  await t.rejects(app.upstream.request(call), { code: 'UPSTREAM_CLOSED', statusCode: 503 }, 'a closed client refuses new calls')
})
