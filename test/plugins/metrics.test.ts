import t from 'tap'
import { buildTestApp } from '../helpers/build-app.js'
import { parsePrometheus, sampleValue } from './prometheus-text.js'
import { request } from 'undici'
import { createMockUpstream } from '../helpers/mock-upstream.js'

t.test('GET /metrics serves parseable Prometheus text with defaults and request counters', async (t) => {
  const app = await buildTestApp(t)
  await app.inject({ url: '/health' })
  await app.inject({ url: '/health' })
  await app.inject({ url: '/no/such/route/i-0123456789abcdef0' })
  const res = await app.inject({ url: '/metrics' })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/)
  const samples = parsePrometheus(res.body)
  const names = new Set(samples.map((s) => s.name))
  for (const name of ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds',
    'nodejs_eventloop_lag_p99_seconds', 'process_cpu_seconds_total', 'process_start_time_seconds',
    'aws_masker_ready', 'aws_masker_load_shed_total']) {
    t.ok(names.has(name), `has ${name}`)
  }
  t.match(res.body, /# TYPE nodejs_gc_duration_seconds histogram/)
  t.equal(sampleValue(samples, 'http_requests_total', { method: 'GET', route: '/health', status_code: '200' }), 2)
  t.equal(sampleValue(samples, 'http_requests_total', { route: 'unmatched', status_code: '404' }), 1)
  t.equal(sampleValue(samples, 'http_request_duration_seconds_count', { route: '/health' }), 2)
  t.ok(sampleValue(samples, 'http_request_duration_seconds_bucket', { route: '/health', le: '+Inf' }) === 2)
  t.notMatch(res.body, /i-0123456789abcdef0/, 'the raw URL never becomes a label')
  t.equal(sampleValue(samples, 'aws_masker_ready'), 1)
})

t.test('JSON summary counts errors as status >= 400 and gives a percentage', async (t) => {
  const app = await buildTestApp(t)
  await app.inject({ url: '/health' })
  await app.inject({ url: '/nope' })
  await app.inject({ url: '/nope' })
  await app.inject({ url: '/health/ready' })
  const res = await app.inject({ url: '/metrics', headers: { accept: 'application/json' } })
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.equal(body.requests, 4)
  t.equal(body.errors, 2)
  t.equal(body.errorRate, 50)
  t.type(body.uptimeMs, 'number')
  t.ok(body.uptimeMs >= 0)
  t.ok(!Number.isNaN(Date.parse(body.timestamp)))
})

t.test('an empty app reports errorRate 0, not NaN', async (t) => {
  const app = await buildTestApp(t)
  const body = (await app.inject({ url: '/metrics', headers: { accept: 'application/json' } })).json()
  t.same([body.requests, body.errors, body.errorRate], [0, 0, 0])
})

t.test('each app has its own registry, where services register their metrics', async (t) => {
  const a = await buildTestApp(t)
  const b = await buildTestApp(t)
  t.not(a.metrics.registry, b.metrics.registry)
  const { Counter } = await import('prom-client')
  new Counter({ name: 'aws_masker_test_things_total', help: 'test', registers: [a.metrics.registry] }).inc(3)
  t.equal(sampleValue(parsePrometheus((await a.inject({ url: '/metrics' })).body), 'aws_masker_test_things_total'), 3)
  t.notMatch((await b.inject({ url: '/metrics' })).body, /aws_masker_test_things_total/)
})

t.test('a request the client abandons is counted as 499, once, with its duration', async (t) => {
  const upstream = await createMockUpstream()
  t.teardown(() => upstream.close())
  upstream.fallback({ hang: true }) // the upstream never answers: the client gives up first
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, ANTHROPIC_API_KEY: 'sk-test' })
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  const abort = new AbortController()
  const pending = request(`${url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] }),
    signal: abort.signal
  })
  for (let i = 0; i < 1000 && upstream.requests.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10)) // up to 10 s
  t.equal(upstream.requests.length, 1, 'the request reached the upstream')
  abort.abort()
  await t.rejects(pending)
  let samples = parsePrometheus((await app.inject({ url: '/metrics' })).body)
  for (let i = 0; i < 1000 && sampleValue(samples, 'http_requests_total', { route: '/v1/messages' }) === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    samples = parsePrometheus((await app.inject({ url: '/metrics' })).body)
  }
  t.equal(sampleValue(samples, 'http_requests_total', { method: 'POST', route: '/v1/messages', status_code: '499' }), 1)
  t.equal(sampleValue(samples, 'http_request_duration_seconds_count', { route: '/v1/messages', status_code: '499' }), 1)
  t.ok(sampleValue(samples, 'http_request_duration_seconds_sum', { route: '/v1/messages', status_code: '499' }) > 0, 'a duration was observed')
  await new Promise((resolve) => setTimeout(resolve, 100))
  samples = parsePrometheus((await app.inject({ url: '/metrics' })).body)
  t.equal(samples.filter((s) => s.name === 'http_requests_total' && s.labels.route === '/v1/messages').length, 1, 'no second count when the work behind it ends')
})
