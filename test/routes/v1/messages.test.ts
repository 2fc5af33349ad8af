// /v1/messages through the official SDK: every original restored byte for byte, nothing planted
// reaches the (mock) API, JSON and SSE alike, with deltas and TCP chunks cut anywhere.
import t, { type Test } from 'tap'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'

const PLANTED = [
  'i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23', 'sg-0123456789abcdef0', 'AKIAIOSFODNN7EXAMPLE',
  'jane.doe@acme-corp.com', 'arn:aws:iam::123456789012:role/prod-deployer'
]
const QUESTION = `Why can't i-0a1b2c3d4e5f67890 in account 123456789012 reach 10.0.1.23 through sg-0123456789abcdef0?
Key AKIAIOSFODNN7EXAMPLE, role arn:aws:iam::123456789012:role/prod-deployer, ask jane.doe@acme-corp.com — "quoted" C:\\path 日本🙂`

function lastUserText (req: RecordedRequest): string {
  const last = req.json.messages.at(-1)
  return typeof last.content === 'string' ? last.content : last.content.map((b: any) => b.text ?? '').join('')
}

/** The mock echoes what it received (tokens), in a text block and inside a tool call. */
const echo = (req: RecordedRequest) => assistantMessage([
  { type: 'text', text: `Echo: ${lastUserText(req)}` },
  { type: 'tool_use', id: 'toolu_01ABC', name: 'describe', input: { question: lastUserText(req), nested: { list: [lastUserText(req).split('\n')[0]] } } }
])

const EXPECTED_CONTENT = [
  { type: 'text', text: `Echo: ${QUESTION}` },
  { type: 'tool_use', id: 'toolu_01ABC', name: 'describe', input: { question: QUESTION, nested: { list: [QUESTION.split('\n')[0]] } } }
]

function assertNothingPlanted (t: Test, requests: RecordedRequest[]): void {
  for (const req of requests) {
    const raw = req.raw.toString('utf8')
    const leaked = PLANTED.filter(value => raw.includes(value))
    t.same(leaked, [], `nothing planted reached the API (${req.url})`)
  }
}

const params = () => ({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: QUESTION }] })

t.test('messages.create: text and tool_use restored byte for byte; the API saw only tokens', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: echo, headers: { 'anthropic-ratelimit-requests-remaining': '41' } })
  const { data: message, response } = await client().messages.create(params()).withResponse()
  t.same(message.content, EXPECTED_CONTENT)
  t.match(response.headers.get('request-id'), /^req_mock_/, 'request-id returned')
  t.equal(response.headers.get('anthropic-ratelimit-requests-remaining'), '41')
  t.match(response.headers.get('content-type'), /^application\/json/)
  t.equal(mock.requests.length, 1)
  t.match(lastUserText(mock.requests[0]), /EC2_INSTANCE_\d+/, 'the API got tokens')
  assertNothingPlanted(t, mock.requests)
  t.equal(mock.requests[0].headers['accept-encoding'], 'identity', 'identity asked upstream')
  t.equal(mock.requests[0].url, '/v1/messages')
})

t.test("tool definitions quoting ARNs (as an AWS MCP server's tools do) are masked, and the call the model makes with them is restored", async t => {
  const { mock, client } = await buildProxyFixture(t)
  const ROLE = 'arn:aws:iam::123456789012:role/prod-deployer'
  const tools = [{
    name: 'assume_role',
    description: `Assumes a role, e.g. ${ROLE}`,
    input_schema: {
      type: 'object' as const,
      properties: { role_arn: { type: 'string', description: 'the role', examples: [ROLE], pattern: '^arn:aws:iam::\\d{12}:role/.+$' } },
      required: ['role_arn']
    }
  }]
  mock.fallback({
    message: (req) => assistantMessage([{ type: 'tool_use', id: 'toolu_01', name: 'assume_role', input: { role_arn: req.json.tools[0].input_schema.properties.role_arn.examples[0] } }])
  })
  const message = await client().messages.create({ ...params(), tools })
  t.same(message.content, [{ type: 'tool_use', id: 'toolu_01', name: 'assume_role', input: { role_arn: ROLE } }], 'the example the model chose comes back as the original')
  const sent = mock.requests[0].json.tools[0]
  t.notMatch(JSON.stringify(sent), /123456789012|prod-deployer/, 'no original in the tools the API saw')
  t.same([sent.name, sent.input_schema.required, sent.input_schema.properties.role_arn.pattern], ['assume_role', ['role_arn'], tools[0].input_schema.properties.role_arn.pattern], 'names and keywords unchanged')
  assertNothingPlanted(t, mock.requests)
})

t.test('messages.stream: finalMessage and concatenated text events equal the originals, whatever the cut', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const cuts = [{}, { deltaSize: 1 }, { deltaSize: 2 }, { deltaSize: 3 }, { deltaSize: 7 }, { deltaSize: 13 }, { chunkBytes: 1 }, { chunkBytes: 5, deltaSize: 4 }, { chunkBytes: 64, deltaSize: 1 }]
  for (const cut of cuts) {
    mock.script({ message: echo, ...cut })
    const stream = client().messages.stream(params())
    let text = ''
    let json = ''
    stream.on('text', (delta) => { text += delta })
    stream.on('inputJson', (partial) => { json += partial })
    const final = await stream.finalMessage()
    t.same(final.content, EXPECTED_CONTENT, `final message restored (${JSON.stringify(cut)})`)
    t.equal(text, `Echo: ${QUESTION}`, `text events restored (${JSON.stringify(cut)})`)
    t.same(JSON.parse(json), EXPECTED_CONTENT[1].input, `partial_json restored (${JSON.stringify(cut)})`)
  }
  assertNothingPlanted(t, mock.requests)
})

t.test('SSE response headers, ?beta=true kept, thinking restored with its signature untouched', async t => {
  const { mock, baseURL } = await buildProxyFixture(t)
  mock.fallback({
    deltaSize: 3,
    message: (req) => assistantMessage([
      { type: 'thinking', thinking: `Thinking about ${lastUserText(req)}`, signature: 'EqQBCkYIARgCKkDsig==' },
      { type: 'text', text: 'ok' }
    ])
  })
  const res = await fetch(`${baseURL}/v1/messages?beta=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'client-key', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'interleaved-thinking-2025-05-14', 'accept-encoding': 'gzip' },
    body: JSON.stringify({ ...params(), stream: true })
  })
  t.equal(res.status, 200)
  t.match(res.headers.get('content-type'), /^text\/event-stream/)
  t.equal(res.headers.get('cache-control'), 'no-cache')
  t.equal(res.headers.get('x-accel-buffering'), 'no')
  t.equal(res.headers.get('content-encoding'), null)
  t.match(res.headers.get('request-id'), /^req_mock_/)
  const body = await res.text()
  const frames = body.split('\n\n').filter(Boolean)
  t.ok(frames.every(f => /^event: [a-z_]+\ndata: \{.*\}$/s.test(f)), 'every frame has event and JSON data')
  let thinking = ''
  for (const f of frames) {
    const data = JSON.parse(f.slice(f.indexOf('data: ') + 6))
    if (data.delta?.type === 'thinking_delta') thinking += data.delta.thinking
    if (data.delta?.type === 'signature_delta') t.equal(data.delta.signature, 'EqQBCkYIARgCKkDsig==')
  }
  t.equal(thinking, `Thinking about ${QUESTION}`)
  const seen = mock.requests[0]
  t.equal(seen.url, '/v1/messages?beta=true')
  t.equal(seen.headers['x-api-key'], 'client-key')
  t.equal(seen.headers['anthropic-version'], '2023-06-01')
  t.equal(seen.headers['anthropic-beta'], 'interleaved-thinking-2025-05-14')
  t.equal(seen.headers['accept-encoding'], 'identity')
})

t.test('an upstream that compresses anyway (gzip JSON, SSE and errors) is decoded before restoration', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: echo, forceGzip: true }, { message: echo, forceGzip: true, deltaSize: 3 }, { error: { status: 429, type: 'rate_limit_error', message: 'slow down' }, forceGzip: true })
  const created = await client().messages.create(params())
  t.same(created.content, EXPECTED_CONTENT, 'gzip JSON restored')
  const streamed = await client().messages.stream(params()).finalMessage()
  t.same(streamed.content, EXPECTED_CONTENT, 'gzip SSE restored')
  const err = await client().messages.create(params()).catch((e: unknown) => e) as { status?: number, error?: any }
  t.equal(err.status, 429)
  t.equal(err.error?.error?.message, 'slow down', 'gzip error body decoded')
})
