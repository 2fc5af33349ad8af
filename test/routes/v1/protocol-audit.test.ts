// Protocol statements the other /v1 tests left unchecked (spec: /work/shared/spec/anthropic-protocol.md),
// through the real app on 127.0.0.1, a bare local upstream writing exact bytes, and the official SDK
// as the client: document and search_result fields, MCP tool calls, 413 over a real socket, gzip
// SSE decoded as it arrives, the proxy's own errors, held text flushed in order, escapes in
// partial_json, retry-after dates, both credentials at once.
import { request as httpRequest, type ServerResponse } from 'node:http'
import { createGzip, constants as zlib } from 'node:zlib'
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { gate, sseFrame, type RawRequest } from './raw-upstream.js'
import { ACCOUNT, INSTANCE, ask, fixture, message, tokenFor } from './sdk-fixture.js'

const json = (res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_up', ...headers }).end(JSON.stringify(body))
}

/** Frames around one block: start, the given deltas, stop, then the message's end. */
function blockStream (block: Record<string, unknown>, deltas: Array<Record<string, unknown>>): string[] {
  return [
    sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
    sseFrame({ type: 'content_block_start', index: 0, content_block: block }),
    ...deltas.map((delta) => sseFrame({ type: 'content_block_delta', index: 0, delta })),
    sseFrame({ type: 'content_block_stop', index: 0 }),
    sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }),
    sseFrame({ type: 'message_stop' })
  ]
}

t.test('text documents (data, title, context) and search_result blocks are masked', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const content: any[] = [
    { type: 'document', source: { type: 'text', media_type: 'text/plain', data: `host ${INSTANCE}` }, title: `runbook for ${ACCOUNT}`, context: `written in account ${ACCOUNT}`, citations: { enabled: true } },
    { type: 'document', source: { type: 'content', content: [{ type: 'text', text: `chunk about ${INSTANCE}` }] }, title: 'chunks' },
    { type: 'search_result', source: `https://wiki.example.com/${ACCOUNT}`, title: `page on ${INSTANCE}`, content: [{ type: 'text', text: `body ${INSTANCE}` }], citations: { enabled: true } },
    { type: 'text', text: 'summarise' }
  ]
  await sdk().messages.create({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content }] })
  const sent = upstream.requests[0]
  t.notMatch(sent.raw.toString(), new RegExp(`${INSTANCE}|${ACCOUNT}`), 'no original went upstream')
  const [doc, chunks, search] = sent.json.messages[0].content
  t.match(doc.title, /^runbook for ACCOUNT_ID_\d+$/)
  t.match(doc.context, /^written in account ACCOUNT_ID_\d+$/)
  t.same(doc.citations, { enabled: true })
  t.match(chunks.source.content[0].text, /^chunk about EC2_INSTANCE_\d+$/)
  t.match(search.title, /^page on EC2_INSTANCE_\d+$/)
  t.match(search.source, /ACCOUNT_ID_\d+$/)
})

t.test('regression: an mcp_tool_use input comes back restored, JSON and streamed (it came back masked as JSON, and when the whole input came in content_block_start)', async t => {
  const { upstream, sdk } = await fixture(t)
  const use = (req: RawRequest) => ({ type: 'mcp_tool_use', id: 'mcptoolu_01', name: 'describe', server_name: 'aws', input: { id: tokenFor(req, /EC2_INSTANCE_\d+/) } })
  upstream.script(
    (req, res) => json(res, message([use(req)])),
    (req, res) => {
      const block = use(req)
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(blockStream({ ...block, input: {} }, [{ type: 'input_json_delta', partial_json: JSON.stringify(block.input) }]).join(''))
    },
    (req, res) => { res.writeHead(200, { 'content-type': 'text/event-stream' }).end(blockStream(use(req), []).join('')) }
  )
  const params = { ...ask, betas: ['mcp-client-2025-04-04'], mcp_servers: [{ type: 'url' as const, url: 'https://mcp.example.com/sse', name: 'aws' }] }
  const created = await sdk().beta.messages.create(params)
  t.same((created.content[0] as any).input, { id: INSTANCE }, 'JSON answer')
  const streamed = await sdk().beta.messages.stream(params).finalMessage()
  t.same((streamed.content[0] as any).input, { id: INSTANCE }, 'streamed answer')
  const whole = await sdk().beta.messages.stream(params).finalMessage()
  t.same((whole.content[0] as any).input, { id: INSTANCE }, 'streamed with the whole input in content_block_start')
})

t.test('regression: an mcp_tool_result quoting the call\'s tokens comes back restored, JSON and streamed (it came back masked)', async t => {
  const { upstream, sdk } = await fixture(t)
  const result = (req: RawRequest, content: 'string' | 'blocks') => {
    const text = `Instance ${tokenFor(req, /EC2_INSTANCE_\d+/)} not found`
    return { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_01', is_error: true, content: content === 'string' ? text : [{ type: 'text', text }] }
  }
  upstream.script(
    (req, res) => json(res, message([result(req, 'blocks')])),
    (req, res) => json(res, message([result(req, 'string')])),
    (req, res) => { res.writeHead(200, { 'content-type': 'text/event-stream' }).end(blockStream(result(req, 'blocks'), []).join('')) }
  )
  const params = { ...ask, betas: ['mcp-client-2025-04-04'], mcp_servers: [{ type: 'url' as const, url: 'https://mcp.example.com/sse', name: 'aws' }] }
  const expected = `Instance ${INSTANCE} not found`
  t.same((await sdk().beta.messages.create(params)).content[0], { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_01', is_error: true, content: [{ type: 'text', text: expected }] }, 'JSON answer, text blocks')
  t.equal(((await sdk().beta.messages.create(params)).content[0] as any).content, expected, 'JSON answer, a string')
  t.same(((await sdk().beta.messages.stream(params).finalMessage()).content[0] as any).content, [{ type: 'text', text: expected }], 'streamed')
})

t.test('a body larger than the limit is a 413 request_too_large the SDK reads, not a reset', async t => {
  const limit = 1024 * 1024
  const { upstream, sdk, baseURL } = await fixture(t, { BODY_LIMIT_BYTES: String(limit) })
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const err = await sdk().messages.create({ ...ask, messages: [{ role: 'user', content: 'x'.repeat(4 * limit) }] }).then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.status, 413, String(err?.constructor?.name))
  t.equal(err?.error?.error?.type, 'request_too_large')
  t.match(err?.requestID, /\S/)
  const body = JSON.stringify({ ...ask, messages: [{ role: 'user', content: 'x' }] })
  const exact = body.replace('"x"', `"${'x'.repeat(limit - body.length + 1)}"`)
  t.equal(Buffer.byteLength(exact), limit)
  const at = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exact })
  t.equal(at.status, 200, 'exactly the limit is accepted')
  const over = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: exact + ' ' })
  t.equal(over.status, 413, 'one byte more is refused')
})

t.test('gzip SSE decoded as it arrives: frames reach the client before the upstream ends', async t => {
  const { upstream, baseURL } = await fixture(t)
  const held = gate()
  upstream.script(async (req, res) => {
    const token = tokenFor(req, /EC2_INSTANCE_\d+/)
    const frames = blockStream({ type: 'text', text: '' }, [{ type: 'text_delta', text: `Look at ${token} ` }, { type: 'text_delta', text: 'now' }])
    res.writeHead(200, { 'content-type': 'text/event-stream', 'content-encoding': 'gzip', 'request-id': 'req_gz' })
    const gz = createGzip()
    gz.pipe(res)
    gz.write(frames.slice(0, 4).join(''))
    gz.flush(zlib.Z_SYNC_FLUSH)
    await held.wait
    gz.end(frames.slice(4).join(''))
  })
  const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: JSON.stringify({ ...ask, stream: true }) })
  t.equal(res.headers.get('content-encoding'), null)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let seen = ''
  for (let i = 0; i < 100 && !seen.includes(INSTANCE); i++) {
    const { value, done } = await reader.read()
    if (done) break
    seen += decoder.decode(value, { stream: true })
  }
  t.match(seen, `Look at ${INSTANCE} `, 'restored text before the upstream finished')
  held.open()
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    seen += decoder.decode(value, { stream: true })
  }
  t.match(seen, /event: message_stop/)
})

t.test('the proxy\'s own errors are in Anthropic\'s shape with request-id', async t => {
  const { upstream, baseURL } = await fixture(t, { UPSTREAM_TIMEOUT_MS: '200', UPSTREAM_DEADLINE_MS: '2000' })
  upstream.fallback(() => { /* never answers */ })
  const cases: Array<[string, RequestInit & { path?: string }, number, string]> = [
    ['415 text/plain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }, 415, 'invalid_request_error'],
    ['400 malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"messages":' }, 400, 'invalid_request_error'],
    ['404 GET /v1/messages', { method: 'GET' }, 404, 'not_found_error'],
    ['504 upstream timeout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ask) }, 504, 'timeout_error']
  ]
  for (const [name, init, status, type] of cases) {
    const res = await fetch(`${baseURL}/v1/messages`, init)
    const body = await res.json() as any
    t.equal(res.status, status, name)
    t.equal(body.type, 'error', name)
    t.equal(body.error?.type, type, name)
    t.equal(body.request_id, res.headers.get('request-id'), `${name}: request_id is the header's`)
    t.match(res.headers.get('request-id'), /\S/, name)
  }
})

t.test('regression: an upstream error that is not Anthropic JSON: the body\'s request_id is the request-id header (it was ours, the header the upstream\'s)', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(500, { 'content-type': 'text/html', 'request-id': 'req_html' }).end('<html>oops</html>') })
  const err = await sdk().messages.create(ask).then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.status, 500)
  t.equal(err?.error?.error?.type, 'api_error')
  t.equal(err?.error?.request_id, err?.requestID)
})

t.test('held text is flushed before content_block_stop and before signature_delta', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.script(
    (req, res) => { res.writeHead(200, { 'content-type': 'text/event-stream' }).end(blockStream({ type: 'text', text: '' }, [{ type: 'text_delta', text: `ends with ${tokenFor(req, /EC2_INSTANCE_\d+/)}` }]).join('')) },
    (req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end(blockStream({ type: 'thinking', thinking: '', signature: '' },
        [{ type: 'thinking_delta', thinking: `think ${tokenFor(req, /EC2_INSTANCE_\d+/)}` }, { type: 'signature_delta', signature: 'sig==' }]).join(''))
    }
  )
  for (const [kind, stopAt] of [['text_delta', 'content_block_stop'], ['thinking_delta', 'signature_delta']]) {
    const res = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ask, stream: true }) })
    const frames = (await res.text()).split('\n\n').filter(Boolean)
    const lastDelta = frames.map((f) => f.includes(`"${kind}"`)).lastIndexOf(true)
    const stop = frames.findIndex((f) => f.includes(`"${stopAt}"`))
    t.ok(lastDelta !== -1 && lastDelta < stop, `${kind} flushed before ${stopAt}`)
    t.match(frames[lastDelta], INSTANCE)
  }
})

t.test('partial_json cut inside escapes (\\u00, \\\\) around tokens: restored, valid JSON, for inputJson and finalMessage', async t => {
  const { upstream, sdk } = await fixture(t)
  const question = `path C:\\${INSTANCE}\\x and é${ACCOUNT}\u0001 "${INSTANCE}"`
  upstream.fallback((req, res) => {
    const masked = String(req.json.messages[0].content)
    const partial = JSON.stringify({ q: masked, list: [masked] }).replace(/é/g, '\\u00e9')
    const pieces: string[] = []
    for (let i = 0; i < partial.length; i += 3) pieces.push(partial.slice(i, i + 3))
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(blockStream({ type: 'tool_use', id: 'toolu_01', name: 'note', input: {} }, pieces.map((p) => ({ type: 'input_json_delta', partial_json: p }))).join(''))
  })
  for (const offset of [0, 1, 2]) {
    const stream = sdk().messages.stream({ ...ask, messages: [{ role: 'user', content: 'x'.repeat(offset) + question }] })
    let partial = ''
    stream.on('inputJson', (delta) => { partial += delta })
    const final = await stream.finalMessage()
    const expected = { q: 'x'.repeat(offset) + question, list: ['x'.repeat(offset) + question] }
    t.same(JSON.parse(partial), expected, `concatenated partial_json (offset ${offset})`)
    t.same((final.content[0] as any).input, expected, `finalMessage (offset ${offset})`)
  }
})

t.test('an event: error while a token is held: the token is flushed, restored, before the error', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const frames = blockStream({ type: 'text', text: '' }, [{ type: 'text_delta', text: 'Check ' }, { type: 'text_delta', text: tokenFor(req, /EC2_INSTANCE_\d+/) }])
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(frames.slice(0, 4).join('') + sseFrame({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }))
  })
  const stream = sdk().messages.stream(ask)
  let text = ''
  stream.on('text', (d) => { text += d })
  const err = await stream.finalMessage().then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.error?.error?.type, 'overloaded_error')
  t.equal(text, `Check ${INSTANCE}`)
})

t.test('retry-after as an HTTP date reaches the client as sent', async t => {
  const { upstream, sdk } = await fixture(t)
  const date = new Date(Date.now() + 1000).toUTCString()
  upstream.fallback((_req, res) => json(res, { type: 'error', error: { type: 'rate_limit_error', message: 'slow' }, request_id: 'req_up' }, 429, { 'retry-after': date }))
  const err = await sdk().messages.create(ask).then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.headers?.get('retry-after'), date)
})

t.test('models errors pass through in Anthropic shape with the upstream request-id', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => json(res, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' }, request_id: 'req_up' }, 401))
  const err = await sdk().models.list().then(() => undefined, (e: unknown) => e) as any
  t.ok(err instanceof Anthropic.AuthenticationError)
  t.equal(err?.requestID, 'req_up')
})

t.test('client sends both x-api-key and Authorization: both are forwarded as sent', async t => {
  const { upstream, baseURL } = await fixture(t)
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  await new Promise<void>((resolve, reject) => {
    const body = JSON.stringify(ask)
    const req = httpRequest(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'a', authorization: 'Bearer b' } }, (res) => { res.resume(); res.on('end', resolve) })
    req.on('error', reject)
    req.end(body)
  })
  t.same([upstream.requests[0].headers['x-api-key'], upstream.requests[0].headers.authorization], ['a', 'Bearer b'])
})

t.test('a restored value holding quotes, backslashes and newlines is re-escaped in partial_json', async t => {
  const { upstream, sdk } = await fixture(t)
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----'
  const question = `db postgres://app:S3cr3t!@db.internal:5432/app dir C:\\${INSTANCE} key "${pem}"`
  upstream.fallback((req, res) => {
    const masked = String(req.json.messages[0].content)
    const partial = JSON.stringify({ q: masked })
    const pieces: string[] = []
    for (let i = 0; i < partial.length; i += 5) pieces.push(partial.slice(i, i + 5))
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(blockStream({ type: 'tool_use', id: 'toolu_01', name: 'note', input: {} }, pieces.map((p) => ({ type: 'input_json_delta', partial_json: p }))).join(''))
  })
  const stream = sdk().messages.stream({ ...ask, messages: [{ role: 'user', content: question }] })
  let partial = ''
  stream.on('inputJson', (delta) => { partial += delta })
  const final = await stream.finalMessage()
  t.notMatch(upstream.requests[0].raw.toString(), /S3c|MIIBOg/, 'masked upstream')
  t.same(JSON.parse(partial), { q: question })
  t.same((final.content[0] as any).input, { q: question })
})

t.test('a token split around a citations_delta: the text and the citation both come back restored', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const token = tokenFor(req, /EC2_INSTANCE_\d+/)
    const citation = { type: 'char_location', cited_text: `about ${token}`, document_index: 0, document_title: null, start_char_index: 0, end_char_index: 6 + token.length }
    res.writeHead(200, { 'content-type': 'text/event-stream' })
    res.end(blockStream({ type: 'text', text: '', citations: [] }, [
      { type: 'text_delta', text: `see ${token.slice(0, 5)}` }, { type: 'citations_delta', citation }, { type: 'text_delta', text: `${token.slice(5)} ok` }
    ]).join(''))
  })
  const document = { type: 'document' as const, source: { type: 'text' as const, media_type: 'text/plain' as const, data: `about ${INSTANCE}` }, citations: { enabled: true } }
  const stream = sdk().messages.stream({ ...ask, messages: [{ role: 'user', content: [document, { type: 'text', text: 'where?' }] }] })
  let text = ''
  stream.on('text', (d) => { text += d })
  const final = await stream.finalMessage()
  t.equal(text, `see ${INSTANCE} ok`)
  const block = final.content[0] as Anthropic.TextBlock
  t.equal(block.text, `see ${INSTANCE} ok`)
  t.same(block.citations?.map((c: any) => [c.cited_text, c.start_char_index, c.end_char_index]), [[`about ${INSTANCE}`, 0, 6 + INSTANCE.length]])
})
