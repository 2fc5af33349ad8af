import t from 'tap'
import { buildTestApp } from '../helpers/build-app.js'
import { parsePrometheus, sampleValue } from './prometheus-text.js'

t.test('GET /health is liveness: 200 with service, version, timestamp', async (t) => {
  const app = await buildTestApp(t)
  app.readiness.addCheck('always-down', () => 'down')
  const res = await app.inject({ url: '/health' })
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.equal(body.status, 'healthy')
  t.equal(body.service, 'aws-masker')
  t.match(body.version, /^\d+\.\d+\.\d+/)
  t.ok(!Number.isNaN(Date.parse(body.timestamp)))
})

t.test('readiness: environment missing is reported but keeps 200 (clients may bring their key)', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject({ url: '/health/ready' })
  t.equal(res.statusCode, 200)
  t.match(res.json(), { status: 'ready', checks: { environment: 'missing', pressure: 'ok', shutdown: 'ok' } })
  const withKey = await buildTestApp(t, { ANTHROPIC_API_KEY: 'sk-test-key' })
  t.match((await withKey.inject({ url: '/health/ready' })).json(), { checks: { environment: 'ok' } })
})

t.test('a failing registered check makes readiness 503 and the ready gauge 0', async (t) => {
  const app = await buildTestApp(t)
  let state = 'ok'
  app.readiness.addCheck('store', async () => state)
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200)
  state = 'down'
  const res = await app.inject({ url: '/health/ready' })
  t.equal(res.statusCode, 503)
  t.match(res.json(), { status: 'not ready', checks: { store: 'down' } })
  t.equal(sampleValue(parsePrometheus((await app.inject({ url: '/metrics' })).body), 'aws_masker_ready'), 0)
})

t.test('a non-critical check is reported without failing readiness', async (t) => {
  const app = await buildTestApp(t)
  app.readiness.addCheck('optional', () => 'degraded', { critical: false })
  const res = await app.inject({ url: '/health/ready' })
  t.equal(res.statusCode, 200)
  t.equal(res.json().checks.optional, 'degraded')
})

t.test('a throwing check reads "error"; a hung one "timeout" (the probe still answers)', async (t) => {
  const app = await buildTestApp(t)
  app.readiness.addCheck('throws', () => { throw new Error('boom at 10.0.0.1') })
  app.readiness.addCheck('hangs', () => new Promise<string>(() => {}))
  const started = Date.now()
  const res = await app.inject({ url: '/health/ready' })
  t.ok(Date.now() - started < 10_000)
  t.equal(res.statusCode, 503)
  t.match(res.json().checks, { throws: 'error', hangs: 'timeout' })
  t.notMatch(res.body, /10\.0\.0\.1/)
})

t.test('markShuttingDown turns readiness 503 at once, liveness stays 200', async (t) => {
  const app = await buildTestApp(t)
  app.readiness.markShuttingDown()
  t.equal(app.readiness.shuttingDown, true)
  const res = await app.inject({ url: '/health/ready' })
  t.equal(res.statusCode, 503)
  t.equal(res.json().checks.shutdown, 'shutting_down')
  t.equal((await app.inject({ url: '/health' })).statusCode, 200)
})
