import t from 'tap'
import { harness, metricValue, post } from './client-helpers.js'

t.test('500, 500, 200 -> 200 after three attempts, same body each time', async (t) => {
  const { mock, client, registry } = await harness(t, [{ status: 500 }, { status: 500 }, { status: 200, body: { answer: 42 } }])
  const res = await client.request(post('{"q":1}'))
  t.equal(res.statusCode, 200)
  t.equal(res.attempts, 3)
  t.same(JSON.parse(res.body.toString()), { answer: 42 })
  t.equal(mock.requests.length, 3)
  t.same(mock.requests.map((r) => r.body.toString()), ['{"q":1}', '{"q":1}', '{"q":1}'])
  t.equal(await metricValue(registry, 'aws_masker_upstream_retries_total'), 2)
  t.equal(await metricValue(registry, 'aws_masker_upstream_attempts_total', { outcome: 'server_error' }), 2)
  t.equal(await metricValue(registry, 'aws_masker_upstream_attempts_total', { outcome: 'ok' }), 1)
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'ok' }), 1)
})

t.test('400 -> one attempt, returned as is', async (t) => {
  const { mock, client } = await harness(t, [{ status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'bad' } } }])
  const res = await client.request(post())
  t.equal(res.statusCode, 400)
  t.equal(res.attempts, 1)
  t.equal(mock.requests.length, 1)
})

t.test('5xx on every attempt -> last answer after 1 + maxRetries attempts', async (t) => {
  const { mock, client, registry } = await harness(t, [], { maxRetries: 2 })
  mock.fallback({ status: 503, body: 'down' })
  const res = await client.request(post())
  t.equal(res.statusCode, 503)
  t.equal(res.attempts, 3)
  t.equal(mock.requests.length, 3)
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'server_error' }), 1)
})

t.test('529 with retry-after-ms is retried after at least the hint', async (t) => {
  const { client } = await harness(t, [{ status: 529, headers: { 'retry-after-ms': '200' } }, { status: 200 }])
  const started = Date.now()
  const res = await client.request(post())
  t.equal(res.statusCode, 200)
  t.equal(res.attempts, 2)
  t.ok(Date.now() - started >= 190, 'waited about the hinted 200 ms')
})

t.test('429 with retry-after seconds is honoured', async (t) => {
  const { client } = await harness(t, [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }])
  const started = Date.now()
  const res = await client.request(post())
  t.equal(res.statusCode, 200)
  t.ok(Date.now() - started >= 950, 'waited about the hinted second')
})

t.test('a hint longer than the deadline stops and returns the last answer at once', async (t) => {
  // Deadline 20 s: sleeping toward the 60 s hint would end in a deadline error after 20 s, so a
  // bound of 10 s still tells "at once" apart, without 1.5 s for one round trip on a loaded machine.
  const { mock, client } = await harness(t, [{ status: 429, headers: { 'retry-after': '60' } }], { deadlineMs: 20_000 })
  const started = Date.now()
  const res = await client.request(post())
  t.equal(res.statusCode, 429)
  t.equal(mock.requests.length, 1)
  t.ok(Date.now() - started < 10_000, 'did not sleep toward the hint')
})

t.test('x-should-retry overrides the status', async (t) => {
  await t.test('false stops a 500', async (t) => {
    const { mock, client } = await harness(t, [{ status: 500, headers: { 'x-should-retry': 'false' } }])
    t.equal((await client.request(post())).statusCode, 500)
    t.equal(mock.requests.length, 1)
  })
  await t.test('true retries a 400', async (t) => {
    const { mock, client } = await harness(t, [{ status: 400, headers: { 'x-should-retry': 'true' } }, { status: 200 }])
    t.equal((await client.request(post())).statusCode, 200)
    t.equal(mock.requests.length, 2)
  })
})

t.test('408 and 409 are retried', async (t) => {
  const { mock, client } = await harness(t, [{ status: 408 }, { status: 409 }, { status: 200 }])
  t.equal((await client.request(post())).statusCode, 200)
  t.equal(mock.requests.length, 3)
})

t.test('a reset socket is retried', async (t) => {
  const { mock, client, registry } = await harness(t, [{ reset: true }, { status: 200, body: 'fine' }])
  const res = await client.request(post())
  t.equal(res.statusCode, 200)
  t.equal(res.body.toString(), 'fine')
  t.equal(mock.requests.length, 2)
  t.equal(await metricValue(registry, 'aws_masker_upstream_attempts_total', { outcome: 'connection_error' }), 1)
})

t.test('a body cut in the middle is retried by request()', async (t) => {
  const { mock, client } = await harness(t, [{ status: 200, body: 'x'.repeat(2000), closeMidBody: true }, { status: 200, body: 'whole' }])
  const res = await client.request(post())
  t.equal(res.body.toString(), 'whole')
  t.equal(mock.requests.length, 2)
})

t.test('api key is added as x-api-key unless the request carries its own', async (t) => {
  const { mock, client } = await harness(t, [], { apiKey: 'server-key' })
  await client.request(post())
  await client.request({ ...post(), headers: { authorization: 'Bearer client-key' } })
  t.equal(mock.requests[0].headers['x-api-key'], 'server-key')
  t.equal(mock.requests[1].headers['x-api-key'], undefined)
  t.equal(mock.requests[1].headers.authorization, 'Bearer client-key')
})

t.test('retryStatuses false: an answer comes back as it came, a failure before any answer is still retried', async (t) => {
  const { mock, client, registry } = await harness(t, [{ status: 529, headers: { 'retry-after-ms': '10' } }, { reset: true }, { status: 200 }])
  const overloaded = await client.request({ ...post(), retryStatuses: false })
  t.equal(overloaded.statusCode, 529, 'the 529 goes back to a caller that retries by itself')
  t.equal(overloaded.attempts, 1)
  t.equal(overloaded.headers['retry-after-ms'], '10', 'with its hint')
  const reset = await client.request({ ...post(), retryStatuses: false })
  t.equal(reset.statusCode, 200, 'a reset connection is retried: the caller never saw an answer')
  t.equal(reset.attempts, 2)
  t.equal(mock.requests.length, 3)
  t.equal(await metricValue(registry, 'aws_masker_upstream_retries_total'), 1)
})
