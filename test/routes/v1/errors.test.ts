// Errors reach SDK clients as the SDK's own classes: upstream errors keep their status, type and
// retry headers; failures before a stream are plain JSON (never a 200); failures after it starts
// arrive as an `event: error` frame; masking failures fail closed with nothing sent upstream.
import { createServer } from 'node:net'
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage } from '../../helpers/mock-anthropic.js'

const ask = { model: 'm', max_tokens: 10, messages: [{ role: 'user' as const, content: 'why is i-0a1b2c3d4e5f67890 down in 123456789012?' }] }

async function caught (promise: Promise<unknown>): Promise<any> {
  try {
    await promise
  } catch (err) {
    return err
  }
  throw new Error('expected a rejection')
}

t.test('upstream errors keep status, type, message and headers, as SDK error classes', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const cases = [
    { status: 429, type: 'rate_limit_error', cls: Anthropic.RateLimitError, headers: { 'retry-after': '7', 'x-should-retry': 'true' } },
    { status: 401, type: 'authentication_error', cls: Anthropic.AuthenticationError },
    { status: 403, type: 'permission_error', cls: Anthropic.PermissionDeniedError },
    { status: 400, type: 'invalid_request_error', cls: Anthropic.BadRequestError },
    { status: 500, type: 'api_error', cls: Anthropic.InternalServerError },
    { status: 529, type: 'overloaded_error', cls: Anthropic.InternalServerError }
  ]
  for (const c of cases) {
    for (const stream of [false, true]) {
      mock.script({ error: { status: c.status, type: c.type, message: `upstream says ${c.type}` }, headers: c.headers })
      const call = stream ? client().messages.stream(ask).finalMessage() : client().messages.create(ask)
      const err = await caught(call)
      t.ok(err instanceof c.cls, `${c.status} (stream: ${String(stream)}) is ${c.cls.name}, got ${String(err?.constructor?.name)}`)
      t.equal(err.status, c.status)
      t.equal(err.error?.error?.type, c.type)
      t.equal(err.error?.error?.message, `upstream says ${c.type}`)
      t.match(err.requestID, /^req_mock_/)
      if (c.headers !== undefined) t.equal(err.headers.get('retry-after'), '7')
    }
  }
})

t.test('an upstream that cannot be reached is a 503 api_error; a proxy that cannot be reached is APIConnectionError', async t => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as { port: number }).port
  await new Promise<void>((resolve) => closed.close(() => resolve()))
  const { client, mock } = await buildProxyFixture(t, { ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}` })
  const err = await caught(client().messages.create(ask))
  t.ok(err instanceof Anthropic.InternalServerError, String(err?.constructor?.name))
  t.equal(err.status, 503)
  t.equal(err.error.type, 'error')
  t.equal(err.error.error.type, 'api_error')
  t.equal(mock.requests.length, 0)
  const offline = new Anthropic({ baseURL: `http://127.0.0.1:${port}`, apiKey: 'k', maxRetries: 0 })
  t.ok(await caught(offline.messages.create(ask)) instanceof Anthropic.APIConnectionError)
})

t.test('an event: error after the 200 reaches the SDK as an APIError, text so far restored', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: (req) => assistantMessage([{ type: 'text', text: `Re: ${String(req.json.messages[0].content)}` }]), deltaSize: 4, errorAfterFrames: 12 })
  const stream = client().messages.stream(ask)
  let text = ''
  stream.on('text', (d) => { text += d })
  const err = await caught(stream.finalMessage())
  t.ok(err instanceof Anthropic.APIError, String(err?.constructor?.name))
  t.equal(err.error?.error?.type, 'overloaded_error')
  t.ok(text.startsWith('Re: why is i-0a1b2c3d4e5f67890 down'), `restored text received before the error: ${JSON.stringify(text)}`)
})

t.test('an upstream that dies mid-stream ends with an error frame, held text flushed first', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: (req) => assistantMessage([{ type: 'text', text: `Re: ${String(req.json.messages[0].content)} tail` }]), deltaSize: 3, dieAfterFrames: 14 })
  const stream = client().messages.stream(ask)
  let text = ''
  stream.on('text', (d) => { text += d })
  const err = await caught(stream.finalMessage())
  t.ok(err instanceof Anthropic.APIError, String(err?.constructor?.name))
  t.equal(err.error?.error?.type, 'api_error')
  t.equal(err.error?.error?.message, 'Upstream stream interrupted')
  t.ok(text.startsWith('Re: why is i-0a1b2c3d4e5f67890'), `restored text arrived before the failure: ${JSON.stringify(text)}`)
})

t.test('a client that goes away mid-stream aborts the upstream request', async t => {
  const { mock, baseURL } = await buildProxyFixture(t)
  mock.script({ message: assistantMessage([{ type: 'text', text: 'hello there, long answer' }]), deltaSize: 2, hangAfterFrames: 5 })
  const controller = new AbortController()
  const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ask, stream: true }), signal: controller.signal })
  const reader = res.body!.getReader()
  const first = await reader.read()
  t.match(Buffer.from(first.value!).toString(), /event: message_start/)
  const gone = mock.clientGone()
  controller.abort()
  await gone
  t.pass('the mock saw the upstream connection close')
})

t.test('masking failures fail closed: nothing is sent upstream', async t => {
  await t.test('mapping limit -> 503 api_error', async t => {
    const { mock, client } = await buildProxyFixture(t, { MASK_MAX_MAPPINGS: '2' })
    const err = await caught(client().messages.create({ ...ask, messages: [{ role: 'user', content: 'i-0a1b2c3d4e5f67890 i-0a1b2c3d4e5f67891 i-0a1b2c3d4e5f67892 10.0.0.1 10.0.0.2' }] }))
    t.ok(err instanceof Anthropic.InternalServerError)
    t.equal(err.status, 503)
    t.equal(err.error.error.type, 'api_error')
    t.equal(mock.requests.length, 0)
  })
  await t.test('an identifier left where we do not mask -> 422 invalid_request_error naming the part and kind, never the value, not retried', async t => {
    const { baseURL, mock, client } = await buildProxyFixture(t)
    let sent = 0
    const counting: typeof fetch = async (input, init) => { sent++; return await fetch(input, init) }
    const unknownField = { ...ask, messages: [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi', note: 'account 123456789012' }] }] } as any
    const retrying = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 2, fetch: counting })
    const err = await caught(retrying.messages.create(unknownField))
    t.ok(err instanceof Anthropic.UnprocessableEntityError)
    t.equal(err.status, 422)
    t.equal(err.error.error.type, 'invalid_request_error')
    t.match(err.error.error.message, /^Request not sent upstream: after masking, messages\.0 still held AWS identifiers \(account_id\)/)
    t.notMatch(JSON.stringify(err.error), /123456789012/)
    t.equal(sent, 1, 'the SDK did not retry it')
    t.equal(mock.requests.length, 0)
    const system = await caught(client().messages.create({ ...ask, messages: [{ role: 'user', content: 'hi' }], metadata: { user_id: 'u', note: 'vpc-0a1b2c3d' } } as any))
    t.match(system.error.error.message, /the request outside its messages \(system, tools, metadata\) still held AWS identifiers \(vpc\)/)
    t.equal(mock.requests.length, 0)
  })
})

t.test('a body without messages is a 400 invalid_request_error', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const err = await caught(client().messages.create({ model: 'm', max_tokens: 1 } as any))
  t.ok(err instanceof Anthropic.BadRequestError)
  t.equal(err.error.error.type, 'invalid_request_error')
  t.equal(mock.requests.length, 0)
})
