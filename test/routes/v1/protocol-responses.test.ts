// The answer side of the Anthropic protocol through the real app, the official SDK as the client
// and a bare local server as the API, writing exact bytes (spec: "Streamed answers", "Errors and
// retries", "Compression and headers"): CRLF framing, pings while text is held, request-id on
// every answer, 413, retry headers the SDK acts on, hop-by-hop headers, ratelimit headers.
import { request as httpRequest } from 'node:http'
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { gate, sseFrame, type RawRequest } from './raw-upstream.js'
import { ACCOUNT, INSTANCE, ask, fixture, message, tokenFor } from './sdk-fixture.js'

/** The SSE frames of a one-text-block answer whose text comes in the given deltas. */
function textStream (deltas: string[], eol = '\n'): string[] {
  return [
    sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }, eol),
    sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, eol),
    ...deltas.map((text) => sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }, eol)),
    sseFrame({ type: 'content_block_stop', index: 0 }, eol),
    sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }, eol),
    sseFrame({ type: 'message_stop' }, eol)
  ]
}

t.test('SSE framed with CRLF (and lines cut anywhere, U+2028/U+0085 inside data) is read and re-framed; the answer is restored', async t => {
  const { upstream, sdk, baseURL } = await fixture(t)
  const answer = (req: RawRequest, eol: string, cut: number) => {
    const token = tokenFor(req, /EC2_INSTANCE_\d+/)
    const bytes = Buffer.from(textStream(['Instance ', `${token.slice(0, 5)}`, `${token.slice(5)} is 🙂\u2028fine\u0085`], eol).join(''))
    return (_r: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_crlf' })
      for (let i = 0; i < bytes.length; i += cut) res.write(bytes.subarray(i, i + cut))
      res.end()
    }
  }
  for (const [eol, cut] of [['\r\n', 1], ['\r\n', 7], ['\r', 3], ['\n', 2]] as const) {
    upstream.script((req, res) => answer(req, eol, cut)(req, res))
    const final = await sdk().messages.stream(ask).finalMessage()
    t.same(final.content, [{ type: 'text', text: `Instance ${INSTANCE} is 🙂\u2028fine\u0085` }], `${JSON.stringify(eol)} cut every ${cut} bytes`)
  }
  upstream.script((req, res) => answer(req, '\r\n', 5)(req, res))
  const raw = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ask, stream: true }) })
  const body = await raw.text()
  t.notMatch(body, /\r/, 'the client gets LF frames')
  t.ok(body.split('\n\n').filter(Boolean).every((f) => /^event: [a-z_]+\ndata: \{.*\}$/s.test(f)), 'every frame: event line, data line, blank line')
  t.equal(raw.headers.get('content-length'), null, 'SSE has no length')
  t.equal(raw.headers.get('transfer-encoding'), 'chunked', 'SSE goes out chunked')
})

t.test('a ping is forwarded at once while text that may still become a token is held back', async t => {
  const { upstream, baseURL } = await fixture(t)
  const held = gate()
  let token = ''
  upstream.script(async (req, res) => {
    token = tokenFor(req, /EC2_INSTANCE_\d+/)
    const frames = textStream(['Check ', `${token.slice(0, 6)}`, `${token.slice(6)} now`])
    res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_ping' })
    res.write(frames.slice(0, 3).join('')) // message_start, block start, "Check " + half a token
    res.write(sseFrame({ type: 'ping' }))
    await held.wait // nothing more until the client has seen the ping
    res.end(frames.slice(3).join(''))
  })
  const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ask, stream: true }) })
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let seen = ''
  for (let i = 0; i < 100 && !seen.includes('event: ping'); i++) {
    const { value, done } = await reader.read()
    if (done) break
    seen += decoder.decode(value, { stream: true })
  }
  t.match(seen, /event: ping\ndata: \{"type":"ping"\}\n\n/, 'the ping arrived while the upstream holds the rest back')
  t.match(seen, /"text":"Check "/, 'text before the partial token was not held')
  t.notMatch(seen, new RegExp(token.slice(0, 6)), 'the partial token was held back, not sent masked')
  held.open()
  for (let i = 0; i < 100; i++) {
    const { value, done } = await reader.read()
    if (done) break
    seen += decoder.decode(value, { stream: true })
  }
  const text = seen.split('\n\n').filter((f) => f.includes('text_delta')).map((f) => JSON.parse(f.slice(f.indexOf('data: ') + 6)).delta.text).join('')
  t.equal(text, `Check ${INSTANCE} now`, 'then the whole text, restored')
})

t.test('request-id on every answer, the proxy\'s own errors included, even when the upstream sends none', async t => {
  const { upstream, sdk, baseURL } = await fixture(t, { SERVICE_API_KEYS: 'svc', BODY_LIMIT_BYTES: '4096', RATE_LIMIT_MAX: '30' })
  const authed = (opts = {}) => sdk({ defaultHeaders: { 'x-masker-key': 'svc' }, ...opts })
  upstream.fallback((req, res) => {
    if (req.json?.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream' }) // no request-id, as a gateway in front of the API might do
      res.end(textStream(['hi']).join(''))
      return
    }
    const body = req.url.startsWith('/v1/models') ? { data: [], has_more: false, first_id: null, last_id: null } : message([{ type: 'text', text: 'hi' }])
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  const ids: Array<[string, string | null]> = []
  const json = await authed().messages.create(ask).withResponse()
  ids.push(['JSON answer without an upstream request-id', json.response.headers.get('request-id')])
  const stream = await authed().messages.create({ ...ask, stream: true }).withResponse()
  for await (const _ of stream.data) { /* drain */ }
  ids.push(['SSE answer without an upstream request-id', stream.response.headers.get('request-id')])
  const models = await authed().models.list().withResponse()
  ids.push(['models', models.response.headers.get('request-id')])
  const errors: Array<[string, () => Promise<unknown>, number, string]> = [
    ['401 no service key', async () => await sdk().messages.create(ask), 401, 'authentication_error'],
    ['400 no messages', async () => await authed().messages.create({ model: 'm', max_tokens: 1 } as any), 400, 'invalid_request_error'],
    ['413 body too large', async () => await authed().messages.create({ ...ask, messages: [{ role: 'user', content: 'x'.repeat(5000) }] }), 413, 'request_too_large'],
    ['422 identifier left unmasked', async () => await authed().messages.create({ ...ask, metadata: { user_id: 'u', note: ACCOUNT } } as any), 422, 'invalid_request_error'],
    ['404 unknown /v1 route', async () => await authed().get('/v1/nothing-here'), 404, 'not_found_error']
  ]
  for (const [name, call, status, type] of errors) {
    const err = await call().then(() => undefined, (e: unknown) => e) as InstanceType<typeof Anthropic.APIError> | undefined
    t.ok(err instanceof Anthropic.APIError, `${name}: an APIError`)
    t.equal(err?.status, status, name)
    t.equal((err?.error as any)?.error?.type, type, name)
    t.equal((err?.error as any)?.request_id, err?.requestID, `${name}: request_id in the body is the header's`)
    ids.push([name, err?.requestID ?? null])
  }
  const head = await fetch(`${baseURL}/`, { method: 'HEAD' })
  ids.push(['HEAD /', head.headers.get('request-id')])
  let limited: Response | undefined
  for (let i = 0; i < 40 && limited === undefined; i++) {
    const res = await fetch(`${baseURL}/v1/models`, { headers: { 'x-masker-key': 'svc' } })
    if (res.status === 429) limited = res
  }
  t.equal(limited?.status, 429, 'the proxy\'s own rate limit')
  t.equal((await limited?.json())?.error?.type, 'rate_limit_error')
  ids.push(['429 from the proxy\'s rate limit', limited?.headers.get('request-id') ?? null])
  for (const [name, id] of ids) t.match(id, /\S/, `${name}: request-id header`)
  t.equal(upstream.requests.filter((r) => r.url.startsWith('/v1/messages')).length, 2, 'the refused requests never reached the API')
})

t.test('an upstream 413 request_too_large reaches the SDK as such', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => {
    res.writeHead(413, { 'content-type': 'application/json', 'request-id': 'req_big' })
    res.end(JSON.stringify({ type: 'error', error: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' }, request_id: 'req_big' }))
  })
  for (const call of [async () => await sdk().messages.create(ask), async () => await sdk().messages.stream(ask).finalMessage()]) {
    const err = await call().then(() => undefined, (e: unknown) => e) as any
    t.equal(err?.status, 413)
    t.equal(err?.error?.error?.type, 'request_too_large')
    t.equal(err?.requestID, 'req_big')
  }
})

t.test('retry-after, retry-after-ms and x-should-retry pass through on 429 and 529, and the SDK acts on them', async t => {
  const { upstream, baseURL } = await fixture(t)
  const fail = (status: number, headers: Record<string, string>) => (_req: RawRequest, res: import('node:http').ServerResponse) => {
    const type = status === 429 ? 'rate_limit_error' : 'overloaded_error'
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${status}`, 'anthropic-ratelimit-requests-remaining': '0', ...headers })
    res.end(JSON.stringify({ type: 'error', error: { type, message: type }, request_id: `req_${status}` }))
  }
  const succeed = (req: RawRequest, res: import('node:http').ServerResponse) => {
    if (req.json?.stream === true) res.writeHead(200, { 'content-type': 'text/event-stream' }).end(textStream(['done']).join(''))
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'text', text: 'done' }])))
  }
  for (const status of [429, 529]) {
    for (const stream of [false, true]) {
      const call = (sdk: Anthropic) => stream ? sdk.messages.stream(ask).finalMessage() : sdk.messages.create(ask)
      const label = `${status}, stream: ${String(stream)}`
      upstream.script(fail(status, { 'retry-after': '3', 'retry-after-ms': '2500', 'x-should-retry': 'false' }))
      const before = upstream.requests.length
      const err = await call(new Anthropic({ baseURL, apiKey: 'k', maxRetries: 2 })).then(() => undefined, (e: unknown) => e) as any
      t.equal(err?.status, status, label)
      t.same(['retry-after', 'retry-after-ms', 'x-should-retry', 'anthropic-ratelimit-requests-remaining'].map((h) => err?.headers?.get(h)), ['3', '2500', 'false', '0'], `${label}: headers passed through`)
      t.equal(upstream.requests.length - before, 1, `${label}: x-should-retry: false, the SDK did not retry`)
      upstream.script(fail(status, { 'retry-after-ms': '1', 'x-should-retry': 'true' }), succeed)
      const retried = await call(new Anthropic({ baseURL, apiKey: 'k', maxRetries: 1 }))
      t.equal((retried.content[0] as Anthropic.TextBlock).text, 'done', `${label}: x-should-retry: true with retry-after-ms, the SDK retried and succeeded`)
    }
  }
})

t.test('hop-by-hop headers are dropped both ways; lengths are recomputed; ratelimit headers come back on SSE', async t => {
  const { upstream, baseURL, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const headers = {
      'request-id': 'req_hop', 'anthropic-ratelimit-tokens-remaining': '999', 'keep-alive': 'timeout=1234', 'proxy-authenticate': 'Basic',
      trailer: 'x-checksum', 'x-envoy-upstream-service-time': '12', 'set-cookie': 'lb=abc'
    }
    if (req.json?.stream === true) res.writeHead(200, { 'content-type': 'text/event-stream', ...headers }).end(textStream(['hi']).join(''))
    else res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(message([{ type: 'text', text: `about ${tokenFor(req, /EC2_INSTANCE_\d+/)}` }])))
  })
  const body = JSON.stringify(ask)
  const answer = await new Promise<{ status?: number, headers: Record<string, unknown>, text: string }>((resolve, reject) => {
    const req = httpRequest(`${baseURL}/v1/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'x-api-key': 'k', host: 'masker.internal:3000',
        connection: 'keep-alive, x-drop-me', 'keep-alive': 'timeout=99', te: 'trailers', 'proxy-authorization': 'Basic c3ZjOnB3', 'x-drop-me': '1', cookie: 'session=abc'
      }
    }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { text += chunk })
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
  t.equal(answer.status, 200)
  t.equal(JSON.parse(answer.text).content[0].text, `about ${INSTANCE}`)
  const seen = upstream.requests[0].headers
  t.equal(seen.host, new URL(upstream.url).host, 'host is the upstream\'s, not the client\'s')
  t.same([seen['keep-alive'], seen.te, seen['proxy-authorization'], seen['x-drop-me'], seen.cookie], [undefined, undefined, undefined, undefined, undefined], 'hop-by-hop and unknown request headers dropped')
  t.equal(seen['content-length'], String(upstream.requests[0].raw.length), 'request Content-Length recomputed after masking')
  t.not(seen['content-length'], String(Buffer.byteLength(body)), '... which changed the length')
  t.not(answer.headers['keep-alive'], 'timeout=1234', 'the upstream connection\'s keep-alive is not the client\'s')
  t.same([answer.headers['proxy-authenticate'], answer.headers.trailer, answer.headers['set-cookie'], answer.headers['x-envoy-upstream-service-time']],
    [undefined, undefined, undefined, undefined], 'hop-by-hop and upstream-internal response headers dropped')
  t.equal(answer.headers['content-length'], String(Buffer.byteLength(answer.text)), 'response Content-Length is the restored body\'s')
  t.equal(answer.headers['anthropic-ratelimit-tokens-remaining'], '999')
  const streamed = await sdk().messages.create({ ...ask, stream: true }).withResponse()
  for await (const _ of streamed.data) { /* drain */ }
  t.equal(streamed.response.headers.get('anthropic-ratelimit-tokens-remaining'), '999', 'ratelimit headers on SSE too')
  t.equal(streamed.response.headers.get('request-id'), 'req_hop')
  t.equal(streamed.response.headers.get('x-accel-buffering'), 'no')
})

// An `event: error` frame after the 200 quoting one of the request's tokens reaches the client
// restored, as the same error as a JSON answer does (pipeline.restoreJsonAnswer).
t.test('an event: error after the 200 quoting a token is restored like a JSON error', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const token = tokenFor(req, /EC2_INSTANCE_\d+/)
    res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_err' })
    res.end(textStream(['partial'], '\n').slice(0, 3).join('') + sseFrame({ type: 'error', error: { type: 'invalid_request_error', message: `tool input for ${token} was rejected` } }))
  })
  const err = await sdk().messages.stream(ask).finalMessage().then(() => undefined, (e: unknown) => e) as any
  t.ok(err instanceof Anthropic.APIError)
  t.equal(err?.error?.error?.message, `tool input for ${INSTANCE} was rejected`)
})
