// The request side of the Anthropic protocol through the real app, with the official SDK as the
// client and a local mock as the API (docs: /work/shared/spec/anthropic-protocol.md, "Requests"):
// the query string, the version and beta headers, whichever credential the client used, Accept
// while streaming, stop sequences and metadata, and everything the API owns left byte for byte.
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const ACCOUNT = '123456789012'
const ask = { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user' as const, content: `why is ${INSTANCE} in ${ACCOUNT} down?` }] }
const ok = assistantMessage([{ type: 'text', text: 'ok' }])

/** A fetch that records the headers the SDK really sent (what the proxy must pass on). */
function recordingFetch (): { fetch: typeof fetch, sent: Headers[] } {
  const sent: Headers[] = []
  return {
    sent,
    fetch: async (input, init) => {
      sent.push(new Headers(init?.headers))
      return await fetch(input, init)
    }
  }
}

t.test('?beta=true is kept, anthropic-version and anthropic-beta reach the API exactly as the SDK sent them', async t => {
  const { mock, baseURL } = await buildProxyFixture(t)
  mock.fallback({ message: ok })
  const rec = recordingFetch()
  // Claude Code asks for /v1/messages?beta=true; SDK 1.17's beta resource does not add it, defaultQuery does
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0, fetch: rec.fetch, defaultQuery: { beta: 'true' } })
  const betas = ['interleaved-thinking-2025-05-14', 'fine-grained-tool-streaming-2025-05-14']
  await sdk.beta.messages.create({ ...ask, betas })
  await sdk.beta.messages.stream({ ...ask, betas }).finalMessage()
  await sdk.beta.messages.countTokens({ model: ask.model, messages: ask.messages, betas }).catch(() => undefined)
  t.same(mock.requests.map((r) => r.url), ['/v1/messages?beta=true', '/v1/messages?beta=true', '/v1/messages/count_tokens?beta=true'])
  mock.requests.forEach((req, i) => {
    t.equal(req.headers['anthropic-version'], rec.sent[i].get('anthropic-version'), `anthropic-version unchanged (${req.url})`)
    t.equal(req.headers['anthropic-beta'], rec.sent[i].get('anthropic-beta'), `anthropic-beta unchanged (${req.url})`)
  })
  t.equal(rec.sent[0].get('anthropic-version'), '2026-10-21', 'the SDK under test sends its own version (the spec\'s 1.17 value)')
  t.equal(rec.sent[0].get('anthropic-beta'), betas.join(','))
})

t.test('the credential goes upstream as the client sent it: Bearer stays Bearer, x-api-key stays x-api-key', async t => {
  const sdk = (baseURL: string, auth: { apiKey?: string | null, authToken?: string | null, headers?: Record<string, string> }) =>
    new Anthropic({ baseURL, maxRetries: 0, apiKey: auth.apiKey ?? null, authToken: auth.authToken ?? null, defaultHeaders: auth.headers })
  const cases = (maskerKey: Record<string, string>) => [
    { name: 'SDK apiKey (Authorization: Bearer)', auth: { apiKey: 'sk-client', headers: maskerKey }, authorization: 'Bearer sk-client', xApiKey: undefined },
    { name: 'SDK authToken (OAuth, Bearer)', auth: { authToken: 'oauth-token', headers: maskerKey }, authorization: 'Bearer oauth-token', xApiKey: undefined },
    { name: 'x-api-key (older clients)', auth: { headers: { ...maskerKey, 'x-api-key': 'sk-legacy' } }, authorization: undefined, xApiKey: 'sk-legacy' }
  ]
  await t.test('SERVICE_API_KEYS unset', async t => {
    const { mock, baseURL } = await buildProxyFixture(t, { ANTHROPIC_API_KEY: 'server-key' })
    mock.fallback({ message: ok })
    for (const c of cases({})) {
      await sdk(baseURL, c.auth).messages.create(ask)
      const seen = (mock.requests.at(-1) as RecordedRequest).headers
      t.same([seen.authorization, seen['x-api-key']], [c.authorization, c.xApiKey], c.name)
    }
  })
  await t.test('SERVICE_API_KEYS set, service key in x-masker-key', async t => {
    const { mock, baseURL } = await buildProxyFixture(t, { ANTHROPIC_API_KEY: 'server-key', SERVICE_API_KEYS: 'svc-1,svc-2' })
    mock.fallback({ message: ok })
    for (const c of cases({ 'x-masker-key': 'svc-2' })) {
      await sdk(baseURL, c.auth).messages.stream(ask).finalMessage()
      const seen = (mock.requests.at(-1) as RecordedRequest).headers
      t.same([seen.authorization, seen['x-api-key'], seen['x-masker-key']], [c.authorization, c.xApiKey, undefined], c.name)
    }
    await sdk(baseURL, { apiKey: 'svc-1' }).messages.create(ask)
    await sdk(baseURL, { headers: { 'x-api-key': 'svc-1' } }).messages.create(ask)
    for (const seen of mock.requests.slice(-2).map((r) => r.headers)) {
      t.same([seen.authorization, seen['x-api-key']], [undefined, 'server-key'], 'a service key as the credential: the server key goes instead, the service key never')
    }
    const refused = await sdk(baseURL, { apiKey: 'sk-client' }).messages.create(ask).catch((err: unknown) => err)
    t.ok(refused instanceof Anthropic.AuthenticationError, 'no service key anywhere: 401')
    t.equal(mock.requests.length, 5, 'the refused request never reached the API')
  })
})

t.test('streaming with Accept: application/json (as the SDK sends it): "stream": true selects SSE', async t => {
  const { mock, baseURL } = await buildProxyFixture(t)
  mock.fallback({ message: (req) => assistantMessage([{ type: 'text', text: `Re: ${String(req.json.messages[0].content)}` }]), deltaSize: 4 })
  const rec = recordingFetch()
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0, fetch: rec.fetch })
  const { data: stream, response } = await sdk.messages.create({ ...ask, stream: true }).withResponse()
  let text = ''
  for await (const event of stream) if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text
  t.equal(rec.sent[0].get('accept'), 'application/json', 'the SDK asked for JSON')
  t.equal(mock.requests[0].headers.accept, 'application/json', '... and the API got the same Accept')
  t.equal(mock.requests[0].json.stream, true)
  t.match(response.headers.get('content-type'), /^text\/event-stream/, 'the client got SSE')
  t.equal(text, `Re: ${ask.messages[0].content}`, 'restored')
})

t.test('stop_sequences and metadata.user_id are masked; the matched stop_sequence comes back restored (JSON and SSE)', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const stopper = (req: RecordedRequest) => assistantMessage([{ type: 'text', text: 'until ' }], { stop_reason: 'stop_sequence', stop_sequence: req.json.stop_sequences[1] })
  mock.fallback({ message: stopper, deltaSize: 2 })
  const params = { ...ask, stop_sequences: ['END', `${INSTANCE}:`], metadata: { user_id: `ops-${ACCOUNT}` } }
  const created = await client().messages.create(params)
  const streamed = await client().messages.stream(params).finalMessage()
  for (const [name, message] of [['JSON', created], ['SSE', streamed]] as const) {
    t.equal(message.stop_reason, 'stop_sequence', name)
    t.equal(message.stop_sequence, `${INSTANCE}:`, `stop_sequence restored (${name})`)
  }
  for (const req of mock.requests) {
    t.equal(req.json.stop_sequences[0], 'END')
    t.match(req.json.stop_sequences[1], /^EC2_INSTANCE_\d+:$/, 'stop sequence masked')
    t.match(req.json.metadata.user_id, /^ops-ACCOUNT_ID_\d+$/, 'metadata.user_id masked')
    t.notMatch(req.raw.toString(), new RegExp(`${INSTANCE}|${ACCOUNT}`))
  }
})

t.test('what the API owns reaches it byte for byte: Claude Code system blocks, thinking, redacted thinking, ids, images, encrypted fields, cache_control', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: ok })
  const image = Buffer.from(`png bytes ${ACCOUNT} ${INSTANCE}`).toString('base64')
  const system = [
    { type: 'text', text: 'x-anthropic-billing-header: cc_version=2.0.37.8f2; cc_entrypoint=cli; cch=5b1e0c9d2a7f41e3;' },
    { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude.", cache_control: { type: 'ephemeral' } },
    { type: 'text', text: `Working in account ${ACCOUNT}.`, cache_control: { type: 'ephemeral', ttl: '1h' } }
  ]
  const messages: any[] = [
    { role: 'user', content: [{ type: 'text', text: `look at ${INSTANCE}` }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: image } }] },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'The user wants a status check; call the tool.', signature: 'EqQBCkYIBRgCKkBsigSIG+/==' },
        { type: 'redacted_thinking', data: `EmwKAhgBEgy${ACCOUNT}redacted+/==` },
        { type: 'server_tool_use', id: 'srvtoolu_01A', name: 'web_search', input: { query: 'ec2 status' } },
        { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_01A', content: [{ type: 'web_search_result', url: 'https://status.aws.amazon.com/', title: 'AWS status', encrypted_content: `Eo8BCioIAhgB${ACCOUNT}x+/=`, page_age: null }] },
        { type: 'tool_use', id: 'toolu_01XyZ', name: 'describe', input: { id: INSTANCE }, cache_control: { type: 'ephemeral' } }
      ]
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_01XyZ', content: [{ type: 'text', text: `${INSTANCE} stopped` }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: image } }] },
        { type: 'document', source: { type: 'file', file_id: 'file_011CNha8iCJcU1wXNR6q4V8w' }, cache_control: { type: 'ephemeral' } },
        { type: 'text', text: 'why?', cache_control: { type: 'ephemeral' } }
      ]
    }
  ]
  await client().messages.create({ model: 'm', max_tokens: 10, system, messages } as any)
  const sent = mock.requests[0].json
  t.equal(JSON.stringify(sent.system.slice(0, 2)), JSON.stringify(system.slice(0, 2)), "Claude Code's billing header and identity line byte-identical")
  t.equal(sent.system[2].text, 'Working in account ACCOUNT_ID_1.', 'the rest of the system prompt is masked')
  const [thinking, redacted, serverUse, searchResult, toolUse] = sent.messages[1].content
  t.same(thinking, messages[1].content[0], 'thinking and signature byte-identical')
  t.same(redacted, messages[1].content[1], 'redacted_thinking byte-identical')
  t.same(serverUse, messages[1].content[2])
  t.same(searchResult, messages[1].content[3], 'encrypted_content byte-identical')
  t.equal(toolUse.id, 'toolu_01XyZ')
  t.equal(sent.messages[2].content[0].tool_use_id, 'toolu_01XyZ')
  t.same(sent.messages[2].content[1], messages[2].content[1], 'file_id document byte-identical')
  t.equal(sent.messages[0].content[1].source.data, image, 'image byte-identical')
  t.equal(sent.messages[2].content[0].content[1].source.data, image, 'image in a tool_result byte-identical')
  const cachePaths = (value: unknown, path = ''): string[] => {
    if (value === null || typeof value !== 'object') return []
    return Object.entries(value).flatMap(([k, v]) => k === 'cache_control' ? [`${path}.${k}=${JSON.stringify(v)}`] : cachePaths(v, `${path}.${k}`))
  }
  t.same(cachePaths(sent), cachePaths({ model: 'm', max_tokens: 10, system, messages }), 'cache_control: same blocks, same values')
  t.equal(cachePaths(sent).length, 5)
})

t.test('GET /v1/models?limit=1000 keeps the list shape (data, has_more, first_id, last_id): the SDK pages through it', async t => {
  const { mock, client, baseURL } = await buildProxyFixture(t)
  const model = (id: string) => ({ type: 'model', id, display_name: id, created_at: '2025-09-29T00:00:00Z' })
  const pages = [
    { data: [model('claude-opus-4-1'), model('claude-sonnet-4-5')], has_more: true, first_id: 'claude-opus-4-1', last_id: 'claude-sonnet-4-5' },
    { data: [model('claude-haiku-4-5')], has_more: false, first_id: 'claude-haiku-4-5', last_id: 'claude-haiku-4-5' }
  ]
  mock.script({ json: pages[0] }, { json: pages[1] }, { json: pages[1] })
  const ids: string[] = []
  for await (const m of client().models.list({ limit: 2 })) ids.push(m.id)
  t.same(ids, ['claude-opus-4-1', 'claude-sonnet-4-5', 'claude-haiku-4-5'], 'every page followed through has_more and last_id')
  t.same(mock.requests.map((r) => r.url), ['/v1/models?limit=2', '/v1/models?limit=2&after_id=claude-sonnet-4-5'])
  const raw = await fetch(`${baseURL}/v1/models?limit=1000`, { headers: { 'x-api-key': 'k' } })
  t.same(await raw.json(), pages[1], 'the body is passed as the API sent it')
  t.equal(mock.requests[2].url, '/v1/models?limit=1000')
})
