import t from 'tap'
import { text } from 'node:stream/consumers'
import { harness } from './client-helpers.js'

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
