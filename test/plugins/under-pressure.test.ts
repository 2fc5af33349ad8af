import t from 'tap'
import { buildTestApp } from '../helpers/build-app.js'
import { parsePrometheus, sampleValue } from './prometheus-text.js'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('over the heap threshold: 503 + Retry-After, probes exempt, pressure in readiness and metrics', async (t) => {
  // 1 byte of heap is always exceeded once under-pressure has sampled memory.
  const app = await buildTestApp(t, { PRESSURE_MAX_HEAP_USED_BYTES: '1' })
  app.get('/test/work', async () => ({ ok: true }))
  await app.ready()
  let res = await app.inject({ url: '/test/work' })
  for (let i = 0; i < 50 && res.statusCode !== 503; i++) {
    await pause(100)
    res = await app.inject({ url: '/test/work' })
  }
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '10')
  t.same(res.json(), { success: false, error: 'Service temporarily unavailable', requestId: res.headers['x-request-id'] })

  const v1 = await app.inject({ url: '/v1/models' })
  t.equal(v1.statusCode, 503)
  t.equal(v1.json().error.type, 'api_error')

  t.equal((await app.inject({ url: '/health' })).statusCode, 200, 'liveness answers')
  const ready = await app.inject({ url: '/health/ready' })
  t.equal(ready.statusCode, 503)
  t.equal(ready.json().checks.pressure, 'under_pressure')

  const metrics = await app.inject({ url: '/metrics' })
  t.equal(metrics.statusCode, 200, 'metrics still scraped')
  const samples = parsePrometheus(metrics.body)
  t.ok(sampleValue(samples, 'aws_masker_load_shed_total') >= 2)
  t.equal(sampleValue(samples, 'aws_masker_ready'), 0)
})

t.test('thresholds of 0 disable shedding', async (t) => {
  const app = await buildTestApp(t, { PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0', PRESSURE_MAX_HEAP_USED_BYTES: '0', PRESSURE_MAX_RSS_BYTES: '0' })
  app.get('/test/work', async () => ({ ok: true }))
  await pause(1200)
  t.equal((await app.inject({ url: '/test/work' })).statusCode, 200)
  t.equal((await app.inject({ url: '/health/ready' })).json().checks.pressure, 'ok')
})
