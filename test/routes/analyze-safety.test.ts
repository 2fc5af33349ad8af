// What must never happen on /analyze: identifiers or keys in logs, an unmasked payload leaving
// (the leak gate), an upstream call outliving the client that asked for it.
import t from 'tap'
import { request as httpRequest } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildLoggedApp } from '../helpers/build-app.js'
import { createMockUpstream } from '../helpers/mock-upstream.js'
import { plantedCorpus } from '../helpers/aws-corpus.js'
import { analyze, analyzeApp, echoUserContent, TEST_KEY } from './analyze-helpers.js'

t.test('logs carry neither identifiers, bodies nor the key, on success and on failure', async (t) => {
  const mock = await createMockUpstream()
  t.teardown(() => mock.close())
  const { app, logs } = await buildLoggedApp(t, {
    ANTHROPIC_BASE_URL: mock.url, ANTHROPIC_API_KEY: TEST_KEY, UPSTREAM_MAX_RETRIES: '0'
  }, 'debug')
  const corpus = plantedCorpus(21, 3_000)
  mock.fallback(echoUserContent)
  t.equal((await analyze(app, { contextText: corpus.text })).statusCode, 200)
  mock.fallback({ status: 500, body: { type: 'error', error: { type: 'api_error', message: `boom ${corpus.planted[0]}` } } })
  t.equal((await analyze(app, { contextText: corpus.text })).statusCode, 502)
  mock.fallback({ status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'bad' } } })
  t.equal((await analyze(app, { contextText: corpus.text })).statusCode, 400)
  t.equal((await analyze(app, { contextText: corpus.text }, '?dryRun=true')).statusCode, 200)

  const text = logs.text()
  t.ok(logs.lines.length > 0, 'something was logged')
  t.same(corpus.planted.filter((v) => text.includes(v)), [], 'no planted identifier in the logs')
  t.notOk(text.includes(TEST_KEY), 'no API key in the logs')
  t.ok(logs.lines.some((l) => l.code === 'UPSTREAM_BAD_GATEWAY'), 'the upstream failure is logged by code')
})

t.test('the leak gate: an identifier in an unmasked field stops the call with 422 naming the kind', async (t) => {
  const { app, mock } = await analyzeApp(t)
  const res = await analyze(app, { contextText: 'hello', options: { model: 'model-for-123456789012' } })
  t.equal(res.statusCode, 422)
  t.match(res.json(), { success: false, error: /^Request not sent upstream: after masking, the request still held AWS identifiers \(account_id\)/ })
  t.notOk(res.body.includes('123456789012'), 'the value is not echoed back')
  t.equal(mock.requests.length, 0, 'nothing was sent')
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.match(metrics, /^aws_masker_leaks_blocked_total 1$/m)
  t.match(metrics, /^aws_masker_store_scopes 0$/m, 'the scope was released')
})

t.test('a client that goes away aborts the upstream call', async (t) => {
  const { app, mock } = await analyzeApp(t)
  mock.fallback({ hang: true })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/analyze', headers: { 'content-type': 'application/json' } })
  req.on('error', () => {})
  req.end(JSON.stringify({ contextText: 'look at i-0a1b2c3d4e5f67890' }))
  for (let i = 0; i < 500 && mock.requests.length === 0; i++) await sleep(20) // up to 10 s on a loaded machine
  t.equal(mock.requests.length, 1, 'the call reached upstream')
  req.destroy()
  let aborted = false
  for (let i = 0; i < 500 && !aborted; i++) {
    await sleep(20)
    aborted = /^aws_masker_upstream_calls_total\{outcome="aborted"\} 1$/m.test((await app.inject({ url: '/metrics' })).body)
  }
  t.ok(aborted, 'the upstream call was aborted, not left hanging')
  t.equal(app.upstream.breakerState(), 'closed', 'a client abort is not an upstream failure')
})
