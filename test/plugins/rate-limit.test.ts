import t from 'tap'
import type { App } from '../../app.js'
import { buildTestApp } from '../helpers/build-app.js'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// /analyze gets its stricter limit whoever registers it; use the real route when it exists.
function ensureAnalyze (app: App) {
  if (!app.hasRoute({ method: 'POST', url: '/analyze' })) app.post('/analyze', async () => ({ ok: true }))
}

t.test('global limit: RateLimit-* headers, then 429 with Retry-After and the service body', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' })
  app.get('/test/limited', async () => ({ ok: true }))
  for (let i = 1; i <= 3; i++) {
    const res = await app.inject({ url: '/test/limited' })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['ratelimit-limit'], '3')
    t.equal(res.headers['ratelimit-remaining'], String(3 - i))
    t.ok(Number(res.headers['ratelimit-reset']) > 0)
  }
  const res = await app.inject({ url: '/test/limited' })
  t.equal(res.statusCode, 429)
  t.ok(Number(res.headers['retry-after']) > 0, 'Retry-After')
  t.equal(res.headers['ratelimit-remaining'], '0')
  t.same(res.json(), { success: false, error: 'Too many requests, please try again later', requestId: res.headers['x-request-id'] })
})

t.test('/v1 routes get 429 as rate_limit_error', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '1' })
  app.get('/v1/__test/limited', async () => ({ ok: true }))
  t.equal((await app.inject({ url: '/v1/__test/limited' })).statusCode, 200)
  const res = await app.inject({ url: '/v1/__test/limited' })
  t.equal(res.statusCode, 429)
  t.match(res.json(), { type: 'error', error: { type: 'rate_limit_error' }, request_id: res.headers['x-request-id'] })
  t.ok(res.headers['retry-after'])
})

t.test('limits reset after the window', async (t) => {
  // A 3 s window: the third request must land in the first one's window (1 s could pass between
  // three injects on a loaded machine, and the third then got 200).
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '3000' })
  app.get('/test/limited', async () => ({ ok: true }))
  await app.inject({ url: '/test/limited' })
  await app.inject({ url: '/test/limited' })
  t.equal((await app.inject({ url: '/test/limited' })).statusCode, 429)
  // Poll (bounded) rather than sleep exactly one window: timers drift on a busy machine.
  let status = 429
  for (let i = 0; i < 100 && status === 429; i++) {
    await pause(100)
    if (i >= 29) status = (await app.inject({ url: '/test/limited' })).statusCode
  }
  t.equal(status, 200, 'allowed again after the window')
})

t.test('/analyze has the stricter RATE_LIMIT_ANALYZE_MAX', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '50', RATE_LIMIT_ANALYZE_MAX: '2' })
  ensureAnalyze(app)
  const statuses: number[] = []
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: 'POST', url: '/analyze', headers: { 'content-type': 'application/json' }, payload: {} })
    statuses.push(res.statusCode)
    if (i === 0) t.equal(res.headers['ratelimit-limit'], '2')
  }
  t.not(statuses[0], 429)
  t.not(statuses[1], 429)
  t.equal(statuses[2], 429)
})

t.test('probes and metrics are never rate limited', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '1' })
  for (const url of ['/health', '/health/ready', '/metrics']) {
    for (let i = 0; i < 5; i++) {
      const res = await app.inject({ url })
      t.equal(res.statusCode, 200, `${url} #${i}`)
      t.notOk(res.headers['ratelimit-limit'], 'no rate-limit headers')
    }
  }
})

t.test('limits are per client address', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '1' })
  app.get('/test/limited', async () => ({ ok: true }))
  t.equal((await app.inject({ url: '/test/limited', remoteAddress: '127.0.0.2' })).statusCode, 200)
  t.equal((await app.inject({ url: '/test/limited', remoteAddress: '127.0.0.2' })).statusCode, 429)
  t.equal((await app.inject({ url: '/test/limited', remoteAddress: '127.0.0.3' })).statusCode, 200)
})
