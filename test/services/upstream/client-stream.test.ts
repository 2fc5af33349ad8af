import t from 'tap'
import { createServer } from 'node:http'
import { getEventListeners, once } from 'node:events'
import { text } from 'node:stream/consumers'
import { harness } from './client-helpers.js'
import { listenLocal } from '../../helpers/listen-local.js'
import { createUpstreamClient } from '../../../services/upstream/index.js'

const post = { method: 'POST' as const, path: '/v1/messages', body: '{"stream":true}' }

t.test('stream() retries before the headers, then hands the body over', async (t) => {
  const { mock, client } = await harness(t, [{ status: 529 }, { reset: true }, { status: 200, body: 'event: ping\ndata: {}\n\n' }])
  const res = await client.stream(post)
  t.equal(res.statusCode, 200)
  t.equal(res.attempts, 3)
  t.equal(await text(res.body), 'event: ping\ndata: {}\n\n')
  t.equal(mock.requests.length, 3)
})

t.test('a 2xx stream cut mid-body is not retried', async (t) => {
  const { mock, client } = await harness(t, [{ status: 200, body: 'y'.repeat(4000), closeMidBody: true }, { status: 200, body: 'second' }])
  const res = await client.stream(post)
  t.equal(res.statusCode, 200)
  await t.rejects(text(res.body), 'the cut surfaces to the reader')
  t.equal(mock.requests.length, 1, 'no second request')
})

t.test('a final non-2xx body can be read whole', async (t) => {
  const { client } = await harness(t, [{ status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'no model' } } }])
  const res = await client.stream(post)
  t.equal(res.statusCode, 404)
  t.match(JSON.parse(await text(res.body)), { error: { message: 'no model' } })
})

t.test('a caller abort after the headers still ends the streamed body, upstream sees the close', async (t) => {
  let upstreamClosed!: Promise<unknown[]>
  const server = createServer((req, res) => {
    upstreamClosed = once(res, 'close')
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.write('event: ping\ndata: {}\n\n') // and never ends
  })
  const listening = await listenLocal(server)
  const client = createUpstreamClient({ baseUrl: listening.url, timeoutMs: 5_000, deadlineMs: 5_000, breaker: { failureThreshold: 100, resetMs: 60_000 } })
  t.teardown(async () => { await client.close(); await listening.close() })
  const controller = new AbortController()
  const res = await client.stream({ ...post, signal: controller.signal })
  t.equal(getEventListeners(controller.signal, 'abort').length, 1, 'the caller can still abort the body')
  const reading = text(res.body)
  controller.abort(new Error('client went away'))
  await t.rejects(reading, 'the reader sees the abort')
  await upstreamClosed
  t.equal(getEventListeners(controller.signal, 'abort').length, 0, 'no listener left once the body closed')
})

t.test('calls leave no listener on the caller signal; an already aborted signal sends nothing', async (t) => {
  const { mock, client } = await harness(t, [])
  const controller = new AbortController()
  for (let i = 0; i < 3; i++) {
    const whole = await client.request({ ...post, signal: controller.signal })
    t.equal(whole.statusCode, 200)
    const streamed = await client.stream({ ...post, signal: controller.signal })
    await text(streamed.body)
  }
  t.equal(getEventListeners(controller.signal, 'abort').length, 0)
  const sent = mock.requests.length
  const aborted = new AbortController()
  aborted.abort(new Error('gone before the call'))
  await t.rejects(client.request({ ...post, signal: aborted.signal }), { message: 'gone before the call' })
  t.equal(mock.requests.length, sent, 'nothing reached the upstream')
})
