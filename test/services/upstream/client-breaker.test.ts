import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { UpstreamUnavailableError } from '../../../services/upstream/index.js'
import { harness, metricValue, post } from './client-helpers.js'

t.test('opens after N failed calls, fails fast, half-opens and closes on a good probe', async (t) => {
  const { mock, client, registry } = await harness(t, [], { maxRetries: 1, breaker: { failureThreshold: 2, resetMs: 1_000 } })
  mock.fallback({ status: 500 })
  t.equal((await client.request(post())).statusCode, 500)
  t.equal(client.breakerState(), 'closed', 'one failed call is below the threshold')
  t.equal((await client.request(post())).statusCode, 500)
  t.equal(client.breakerState(), 'open')
  t.equal(await metricValue(registry, 'aws_masker_upstream_breaker_state'), 2)
  t.equal(mock.requests.length, 4, 'two calls of two attempts each')

  const started = Date.now()
  const err = await client.request(post()).catch((e: unknown) => e)
  t.type(err, UpstreamUnavailableError)
  t.match(err, { code: 'UPSTREAM_BREAKER_OPEN', statusCode: 503 })
  t.ok(Date.now() - started < 500, 'fails fast (no network round trip; generous for a loaded machine)')
  t.equal(mock.requests.length, 4, 'nothing reached the server while open')
  t.equal(await metricValue(registry, 'aws_masker_upstream_calls_total', { outcome: 'breaker_open' }), 1)

  await sleep(1_100)
  t.equal(await metricValue(registry, 'aws_masker_upstream_breaker_state'), 1, 'the gauge turns half-open on time, unasked')
  t.equal(client.breakerState(), 'halfOpen')
  mock.fallback({ status: 200, delayMs: 100 })
  const probe = client.request(post())
  const second = await client.request(post()).catch((e: unknown) => e)
  t.match(second, { code: 'UPSTREAM_BREAKER_OPEN' }, 'one probe at a time')
  t.equal((await probe).statusCode, 200)
  t.equal(client.breakerState(), 'closed')
  t.equal(await metricValue(registry, 'aws_masker_upstream_breaker_state'), 0)
})

t.test('a failed probe opens it again', async (t) => {
  const { mock, client } = await harness(t, [], { maxRetries: 0, breaker: { failureThreshold: 1, resetMs: 200 } })
  mock.fallback({ reset: true })
  await t.rejects(client.request(post()), { code: 'UPSTREAM_UNREACHABLE' })
  t.equal(client.breakerState(), 'open')
  await sleep(250)
  await t.rejects(client.request(post()), { code: 'UPSTREAM_UNREACHABLE' })
  t.equal(client.breakerState(), 'open')
  t.equal(mock.requests.length, 2)
})

t.test('4xx and 429 are not breaker failures', async (t) => {
  const { mock, client } = await harness(t, [], { maxRetries: 0, breaker: { failureThreshold: 2, resetMs: 60_000 } })
  mock.fallback({ status: 400 })
  await client.request(post())
  await client.request(post())
  mock.fallback({ status: 429 })
  await client.request(post())
  await client.request(post())
  t.equal(client.breakerState(), 'closed')
})

t.test('a success resets the consecutive count', async (t) => {
  const { mock, client } = await harness(t, [{ status: 500 }, { status: 200 }, { status: 500 }], { maxRetries: 0, breaker: { failureThreshold: 2, resetMs: 60_000 } })
  for (let i = 0; i < 3; i++) await client.request(post())
  t.equal(client.breakerState(), 'closed')
  t.equal(mock.requests.length, 3)
})
