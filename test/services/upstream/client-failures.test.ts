import t from 'tap'
import { createServer } from 'node:net'
import { createUpstreamClient, UpstreamTimeoutError, UpstreamUnavailableError } from '../../../services/upstream/index.js'
import { harness, metricValue, post } from './client-helpers.js'

async function closedPort (): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

t.test('closed port -> 503 UpstreamUnavailableError, fast, after retries', async (t) => {
  // Per-attempt timeout 15 s: a refused connection waited out as a timeout would take over 15 s,
  // so "fast" is checked with a 10 s bound that a loaded machine cannot reach (was 2 s).
  const client = createUpstreamClient({
    baseUrl: `http://127.0.0.1:${await closedPort()}`, timeoutMs: 15_000, deadlineMs: 60_000,
    breaker: { failureThreshold: 100, resetMs: 1_000 }, backoff: { baseMs: 5, maxMs: 20 }
  })
  t.teardown(async () => await client.close())
  const started = Date.now()
  const err = await client.request(post()).catch((e: unknown) => e)
  t.type(err, UpstreamUnavailableError)
  t.match(err, { statusCode: 503, code: 'UPSTREAM_UNREACHABLE', message: 'Service temporarily unavailable' })
  t.ok(Date.now() - started < 10_000, 'fails well before one attempt timeout')
})

t.test('an upstream that never answers -> 504 per-attempt timeout', async (t) => {
  // 1 s per attempt (was 200 ms): after a longer stall of the loop the attempt timer runs before
  // the mock reads the retried request, which then never counts.
  const { mock, client, registry } = await harness(t, [], { timeoutMs: 1_000, maxRetries: 1 })
  mock.fallback({ hang: true })
  const started = Date.now()
  const err = await client.request(post()).catch((e: unknown) => e)
  t.type(err, UpstreamTimeoutError)
  t.match(err, { statusCode: 504, code: 'UPSTREAM_TIMEOUT' })
  t.equal(mock.requests.length, 2, 'the timed-out attempt was retried once')
  t.ok(Date.now() - started < 8_000, 'two 1 s attempt timeouts, well before the 10 s deadline')
  t.equal(await metricValue(registry, 'aws_masker_upstream_attempts_total', { outcome: 'timeout' }), 2)
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'timeout' }), 1)
})

t.test('the overall deadline ends the call even with retries left', async (t) => {
  const { mock, client } = await harness(t, [], { timeoutMs: 400, deadlineMs: 900, maxRetries: 10 })
  mock.fallback({ hang: true })
  const started = Date.now()
  const err = await client.request(post()).catch((e: unknown) => e)
  const elapsed = Date.now() - started
  t.match(err, { statusCode: 504 })
  t.ok(elapsed >= 800 && elapsed < 5_000, `ended near the 900 ms deadline (${elapsed} ms)`)
  t.ok(mock.requests.length <= 3)
})

t.test('a slow body is cut by the deadline', async (t) => {
  const { client } = await harness(t, [{ status: 200, delayMs: 2_000 }], { timeoutMs: 5_000, deadlineMs: 300, maxRetries: 0 })
  const err = await client.request(post()).catch((e: unknown) => e)
  t.match(err, { statusCode: 504, code: 'UPSTREAM_DEADLINE' })
})

t.test('a caller abort rejects with its reason and is not retried', async (t) => {
  const { mock, client, registry } = await harness(t, [])
  mock.fallback({ hang: true })
  const controller = new AbortController()
  const pending = client.request({ ...post(), signal: controller.signal }).catch((e: unknown) => e)
  // Abort once the upstream has the request (a fixed 100 ms could fire before it arrived).
  for (let i = 0; i < 500 && mock.requests.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10))
  controller.abort(new Error('client went away'))
  const err = await pending
  t.match(err, { message: 'client went away' })
  t.equal(mock.requests.length, 1)
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'aborted' }), 1)
  t.equal(client.breakerState(), 'closed')
})
