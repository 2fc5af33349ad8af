import t from 'tap'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { buildTestApp } from './helpers/build-app.js'

t.test('buildApp returns a ready-to-use app that never listens', async (t) => {
  const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }))
  t.teardown(() => app.close())
  await app.ready()
  t.equal(app.server.listening, false)
  t.equal(app.config.PORT, 3000)
  t.ok(app.metrics.registry)
  t.type(app.readiness.addCheck, 'function')
  t.equal(app.initialConfig.bodyLimit, 33554432)
})

t.test('bodyLimit follows BODY_LIMIT_BYTES', async (t) => {
  const app = await buildTestApp(t, { BODY_LIMIT_BYTES: '100' })
  t.equal(app.initialConfig.bodyLimit, 100)
})

t.test('routes registered after buildApp get rate limits and the error contract', async (t) => {
  const app = await buildTestApp(t, { RATE_LIMIT_MAX: '1' })
  app.get('/test/late', async () => { throw new Error('late failure') })
  const first = await app.inject({ url: '/test/late' })
  t.equal(first.statusCode, 500)
  t.equal(first.json().error, 'Internal server error')
  t.equal((await app.inject({ url: '/test/late' })).statusCode, 429)
})

t.test('unknown JSON fields survive validation (the /v1 proxy takes any JSON)', async (t) => {
  const app = await buildTestApp(t)
  const Type = (await import('typebox')).default
  app.post('/v1/__test/echo', { schema: { body: Type.Object({ model: Type.String() }) } }, async (request) => request.body)
  const res = await app.inject({ method: 'POST', url: '/v1/__test/echo', payload: { model: 'm', extra: { deep: [1, 2] } } })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { model: 'm', extra: { deep: [1, 2] } })
})
