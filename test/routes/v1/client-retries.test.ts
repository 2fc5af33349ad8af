// A client that retries by itself (the Anthropic SDKs, Claude Code up to 10 times) gets an
// overloaded API's 429/529 at once, with the API's hints: retried here as well, every call of
// the client would become up to 1 + UPSTREAM_MAX_RETRIES calls upstream. A client that does not
// say so (no x-stainless-retry-count) is retried for, as before.
import t, { type Test } from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createMockUpstream } from '../../helpers/mock-upstream.js'

const MESSAGE = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [{ type: 'text', text: 'done' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } }
const OVERLOADED = { status: 529, headers: { 'retry-after-ms': '5', 'x-should-retry': 'true' }, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } }
const REQUEST = { model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user' as const, content: 'instance i-0abc1234def567890 is down' }] }

async function setup (t: Test) {
  const upstream = await createMockUpstream(OVERLOADED, OVERLOADED, { status: 200, body: MESSAGE })
  t.teardown(() => upstream.close())
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '3', RATE_LIMIT_MAX: '100000' })
  return { upstream, baseURL: await app.listen({ port: 0, host: '127.0.0.1' }) }
}

t.test('the SDK retries 529 itself: each of its attempts is one upstream call', async (t) => {
  const { upstream, baseURL } = await setup(t)
  let attempts = 0
  const counting: typeof fetch = async (input, init) => { attempts++; return await fetch(input, init) }
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 2, fetch: counting })
  const answer = await sdk.messages.create(REQUEST)
  t.equal((answer.content[0] as Anthropic.TextBlock).text, 'done')
  t.equal(attempts, 3, 'the SDK sent three attempts')
  t.equal(upstream.requests.length, 3, 'the API got three calls, not up to twelve')
  t.notOk(upstream.requests.some((r) => r.body.toString().includes('i-0abc1234def567890')), 'masked on every attempt')
})

t.test('the SDK with retries off sees the 529 and its hints', async (t) => {
  const { upstream, baseURL } = await setup(t)
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0 })
  const err = await sdk.messages.create(REQUEST).then(() => undefined, (e: unknown) => e) as InstanceType<typeof Anthropic.APIError> | undefined
  t.equal(err?.status, 529)
  t.equal(err?.headers?.get('retry-after-ms'), '5')
  t.equal(upstream.requests.length, 1)
})

t.test('a client that does not retry by itself is retried for', async (t) => {
  const { upstream, baseURL } = await setup(t)
  const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' }, body: JSON.stringify(REQUEST) })
  t.equal(res.status, 200)
  t.equal(((await res.json()) as typeof MESSAGE).content[0].text, 'done')
  t.equal(upstream.requests.length, 3, 'two 529s retried here')
})
