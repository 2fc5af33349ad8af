import t from 'tap'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { analyze, analyzeApp, messageStep, QUICK_RETRY } from './analyze-helpers.js'

const payload = { contextText: 'check sg-0123abcd on i-0a1b2c3d4e5f67890' }
const anthropicError = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
  ({ status, headers, body: { type: 'error', error: { type, message }, request_id: 'req_x' } })

async function metric (app: { inject: (o: { url: string }) => Promise<{ body: string }> }, line: RegExp): Promise<boolean> {
  return line.test((await app.inject({ url: '/metrics' })).body)
}

t.test('500, 500, 200 -> 200 after three attempts', async (t) => {
  const { app, mock } = await analyzeApp(t, {},
    { status: 500, headers: QUICK_RETRY }, { status: 500, headers: QUICK_RETRY }, messageStep('all good'))
  const res = await analyze(app, payload)
  t.equal(res.statusCode, 200)
  t.equal(res.json().analysis.text, 'all good')
  t.equal(mock.requests.length, 3)
  t.ok(await metric(app, /^aws_masker_upstream_retries_total 2$/m))
  t.ok(await metric(app, /^aws_masker_upstream_attempts_total\{outcome="server_error"\} 2$/m))
})

t.test('529 after every retry -> 502', async (t) => {
  const { app, mock } = await analyzeApp(t, { UPSTREAM_MAX_RETRIES: '2' })
  mock.fallback(anthropicError(529, 'overloaded_error', 'Overloaded', QUICK_RETRY))
  const res = await analyze(app, payload)
  t.equal(res.statusCode, 502)
  t.match(res.json(), { success: false, error: 'Upstream error' })
  t.equal(mock.requests.length, 3)
})

t.test('429 with a hint is retried, then 429 with Retry-After', async (t) => {
  const { app, mock } = await analyzeApp(t, { UPSTREAM_MAX_RETRIES: '1' })
  mock.fallback(anthropicError(429, 'rate_limit_error', 'Number of requests has exceeded your rate limit', { 'retry-after-ms': '150' }))
  const started = Date.now()
  const res = await analyze(app, payload)
  t.ok(Date.now() - started >= 140, 'waited the hinted 150 ms once')
  t.equal(res.statusCode, 429)
  t.equal(res.headers['retry-after'], '1')
  t.match(res.json(), { success: false, error: 'Number of requests has exceeded your rate limit' })
  t.equal(mock.requests.length, 2)
})

t.test('x-should-retry: false stops at once', async (t) => {
  const { app, mock } = await analyzeApp(t, {}, { status: 503, headers: { 'x-should-retry': 'false' } })
  t.equal((await analyze(app, payload)).statusCode, 502)
  t.equal(mock.requests.length, 1)
})

t.test('a reset socket is retried', async (t) => {
  const { app, mock } = await analyzeApp(t, {}, { reset: true }, messageStep('after reset'))
  const res = await analyze(app, payload)
  t.equal(res.statusCode, 200)
  t.equal(res.json().analysis.text, 'after reset')
  t.equal(mock.requests.length, 2)
})

t.test('a closed port -> 503 fast', async (t) => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise((resolve) => server.close(resolve))
  const { app } = await analyzeApp(t, { ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}`, UPSTREAM_MAX_RETRIES: '1' })
  const started = Date.now()
  const res = await analyze(app, payload)
  t.equal(res.statusCode, 503)
  t.match(res.json(), { success: false, error: 'Service temporarily unavailable' })
  t.ok(Date.now() - started < 5_000, 'within one short backoff, far from the deadline')
})

t.test('a slow upstream -> 504 within the deadline', async (t) => {
  const { app, mock } = await analyzeApp(t, { UPSTREAM_DEADLINE_MS: '700' })
  mock.fallback({ hang: true })
  const started = Date.now()
  const res = await analyze(app, payload)
  const elapsed = Date.now() - started
  t.equal(res.statusCode, 504)
  t.match(res.json(), { success: false, error: 'Upstream timed out' })
  t.ok(elapsed >= 650 && elapsed < 5_000, `answered at the deadline (${elapsed} ms)`)
})

t.test('the breaker opens, fails fast without calling, and recovers', async (t) => {
  const { app, mock } = await analyzeApp(t, { UPSTREAM_MAX_RETRIES: '0', BREAKER_FAILURE_THRESHOLD: '2', BREAKER_RESET_MS: '1500' })
  mock.fallback({ status: 500 })
  t.equal((await analyze(app, payload)).statusCode, 502)
  t.equal((await analyze(app, payload)).statusCode, 502)
  const fast = await analyze(app, payload)
  t.equal(fast.statusCode, 503)
  t.match(fast.json(), { error: 'Service temporarily unavailable' })
  t.equal(fast.headers['retry-after'], '2', 'come back when the breaker may half-open')
  t.equal(mock.requests.length, 2, 'the open breaker sent nothing')
  const ready = await app.inject({ url: '/health/ready' })
  t.equal(ready.statusCode, 503)
  t.equal(ready.json().checks.upstream, 'open')
  t.ok(await metric(app, /^aws_masker_upstream_breaker_state 2$/m))
  t.ok(await metric(app, /^aws_masker_upstream_calls_total\{outcome="breaker_open"\} 1$/m))

  await sleep(1_600)
  mock.fallback((req) => messageStep(`recovered ${req.url}`))
  const probe = await analyze(app, payload)
  t.equal(probe.statusCode, 200)
  t.equal(probe.json().analysis.text, 'recovered /v1/messages')
  t.equal((await app.inject({ url: '/health/ready' })).json().checks.upstream, 'ok')
  t.ok(await metric(app, /^aws_masker_upstream_breaker_state 0$/m))
})

t.test('an unreadable 200 body -> 502', async (t) => {
  const { app } = await analyzeApp(t, {}, { status: 200, body: 'not json' })
  const res = await analyze(app, payload)
  t.equal(res.statusCode, 502)
})
