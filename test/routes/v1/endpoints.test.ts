// The other endpoints clients call: count_tokens (masked like messages), models (passed
// through), HEAD / (Claude Code's start-up probe); and which credential goes upstream.
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildProxyFixture } from './proxy-app.js'

const ask = { model: 'm', messages: [{ role: 'user' as const, content: 'cost of i-0a1b2c3d4e5f67890 in 123456789012?' }] }

t.test('count_tokens is masked exactly like messages and returns the upstream count', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ json: { input_tokens: 42 } }, { json: { input_tokens: 42 } })
  const counted = await client().messages.countTokens({ ...ask, system: 'system about 123456789012' })
  t.same(counted, { input_tokens: 42 })
  const seen = mock.requests[0]
  t.equal(seen.url, '/v1/messages/count_tokens')
  t.notMatch(seen.raw.toString(), /i-0a1b2c3d4e5f67890|123456789012/)
  t.match(seen.json.system, /^system about ACCOUNT_ID_\d+$/)
  await client().messages.create({ ...ask, max_tokens: 5, system: 'system about 123456789012' }).catch(() => {})
  t.same(mock.requests[1].json.messages, seen.json.messages, 'same masked messages as /v1/messages would send')
})

t.test('GET /v1/models and /v1/models/:id pass through with query string and headers', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const list = { data: [{ type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' }], has_more: false, first_id: 'claude-sonnet-4-5', last_id: 'claude-sonnet-4-5' }
  mock.script({ json: list }, { json: list.data[0] })
  const page = await client().models.list({ limit: 1000 })
  t.same(page.data, list.data)
  t.equal(mock.requests[0].url, '/v1/models?limit=1000')
  t.equal(mock.requests[0].method, 'GET')
  const one = await client().models.retrieve('claude-sonnet-4-5')
  t.equal(one.id, 'claude-sonnet-4-5')
  t.equal(mock.requests[1].url, '/v1/models/claude-sonnet-4-5')
})

t.test('a models path or parameter holding an identifier is refused, never sent; unknown parameters are dropped', async t => {
  const { mock, client, baseURL } = await buildProxyFixture(t)
  mock.fallback({ json: { data: [], has_more: false, first_id: null, last_id: null } })
  for (const path of ['/v1/models/i-0a1b2c3d4e5f67890', '/v1/models?after_id=123456789012', '/v1/models/arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fops']) {
    const res = await fetch(`${baseURL}${path}`, { headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' } })
    t.equal(res.status, 400, path)
    t.equal((await res.json()).error.type, 'invalid_request_error')
  }
  await t.rejects(client().models.retrieve('sg-0123456789abcdef0'), Anthropic.BadRequestError)
  t.equal(mock.requests.length, 0, 'nothing reached the API')
  await fetch(`${baseURL}/v1/models?limit=5&note=vpc-0a1b2c3d4e5f67890`, { headers: { 'x-api-key': 'k' } })
  t.equal(mock.requests[0].url, '/v1/models?limit=5', 'only the API\'s own parameters are forwarded')
})

t.test('HEAD / answers 200 without calling upstream', async t => {
  const { mock, baseURL } = await buildProxyFixture(t)
  const res = await fetch(`${baseURL}/`, { method: 'HEAD' })
  t.equal(res.status, 200)
  t.equal(mock.requests.length, 0)
})

t.test("the client's own credential is forwarded; the server key only when it sent none", async t => {
  const { mock, client, baseURL } = await buildProxyFixture(t, { ANTHROPIC_API_KEY: 'server-key' })
  mock.fallback({ json: { input_tokens: 1 } })
  await client({ apiKey: 'client-key' }).messages.countTokens(ask)
  const first = mock.requests[0].headers
  t.ok(first['x-api-key'] === 'client-key' || first.authorization === 'Bearer client-key', 'client key forwarded')
  t.not(first['x-api-key'], 'server-key')
  await fetch(`${baseURL}/v1/messages/count_tokens`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer oauth-token' }, body: JSON.stringify(ask) })
  t.equal(mock.requests[1].headers.authorization, 'Bearer oauth-token')
  t.equal(mock.requests[1].headers['x-api-key'], undefined)
  await fetch(`${baseURL}/v1/messages/count_tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ask) })
  t.equal(mock.requests[2].headers['x-api-key'], 'server-key')
  t.equal(mock.requests[2].headers['content-length'], String(mock.requests[2].raw.length), 'length recomputed after masking')
})

t.test('with SERVICE_API_KEYS: x-masker-key admits, a service key is never forwarded upstream', async t => {
  const { mock, client, baseURL } = await buildProxyFixture(t, { SERVICE_API_KEYS: 'svc-key-1', ANTHROPIC_API_KEY: 'server-key' })
  mock.fallback({ json: { input_tokens: 3 } })
  const refused = await client({ apiKey: 'anthropic-key' }).messages.countTokens(ask).catch((err: unknown) => err)
  t.ok(refused instanceof Anthropic.AuthenticationError, 'no service key: the SDK raises AuthenticationError')
  t.equal(mock.requests.length, 0)
  t.same(await client({ apiKey: 'anthropic-key', headers: { 'x-masker-key': 'svc-key-1' } }).messages.countTokens(ask), { input_tokens: 3 })
  const own = mock.requests[0].headers
  t.ok(own['x-api-key'] === 'anthropic-key' || own.authorization === 'Bearer anthropic-key', "the client's Anthropic key is forwarded")
  t.equal(own['x-masker-key'], undefined, 'the service key header is not forwarded')
  await client({ apiKey: 'svc-key-1' }).messages.countTokens(ask)
  const viaKey = mock.requests[1].headers
  t.equal(viaKey['x-api-key'], 'server-key', 'service key used as the SDK key: the server key goes upstream')
  t.notMatch(JSON.stringify(viaKey), /svc-key-1/)
  t.equal((await fetch(`${baseURL}/`, { method: 'HEAD' })).status, 200, 'HEAD / needs no key')
})

t.test('images pass byte-identical and do not trip the leak check', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: 'a cat' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } })
  const data = Buffer.from('0123456789abcdefghijklmnopqrstuv-image').toString('base64').slice(0, 40)
  const answer = await client().messages.create({
    model: 'm', max_tokens: 10,
    messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data } }, { type: 'text', text: 'what is on i-0a1b2c3d4e5f67890?' }] }]
  })
  t.equal((answer.content[0] as Anthropic.TextBlock).text, 'a cat')
  t.equal(mock.requests[0].json.messages[0].content[0].source.data, data)
})
