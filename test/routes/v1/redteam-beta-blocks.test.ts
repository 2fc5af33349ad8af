// Red team, beta content blocks the proxy did not know: a `compaction` block (the API's summary
// of earlier turns, signed like thinking) came back masked to the client and, resent, was refused
// 422 when it quoted an identifier; `mcp_tool_listing` and `tool_addition` blocks (tool
// definitions inside the conversation) were not masked, so a request quoting an identifier there
// was refused 422, and their text was not restored in answers. Through the real app, official SDK
// as the client, a local upstream recording what it received.
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { sseFrame, type RawRequest } from './raw-upstream.js'
import { fixture, message } from './sdk-fixture.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const ROLE = 'arn:aws:iam::123456789012:role/prod-deployer'
const CLEAR = /i-0a1b2c3d4e5f67890|123456789012|prod-deployer/
const SIGNATURE = 'EqQBCkYIBRgCKkBcompactSIG+/=='
const BETAS = ['compact-2026-01-12', 'mcp-client-2025-04-04']

const json = (res: ServerResponse, body: unknown): void => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)) }
const sse = (res: ServerResponse, frames: string[]): void => { res.writeHead(200, { 'content-type': 'text/event-stream' }).end(frames.join('')) }
const tokenIn = (req: RawRequest, pattern: RegExp): string => pattern.exec(req.raw.toString())?.[0] as string

/** The API's summary: our token, and a raw address the model wrote itself (re-masking would change it). */
const summary = (req: RawRequest): string => `Investigated ${tokenIn(req, /EC2_INSTANCE_\d+/)} behind 10.20.30.40`

t.test('regression: a compaction summary is restored in JSON and streamed answers (it reached the client masked), and resent as the API wrote it', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.script(
    (req, res) => json(res, message([{ type: 'compaction', content: summary(req), encrypted_content: null, signature: SIGNATURE }], { stop_reason: 'compaction' })),
    (req, res) => sse(res, [
      sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
      sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'compaction', content: null, encrypted_content: null, signature: SIGNATURE } }),
      sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'compaction_delta', content: summary(req), encrypted_content: null } }),
      sseFrame({ type: 'content_block_stop', index: 0 }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'compaction', stop_sequence: null }, usage: { output_tokens: 2 } }),
      sseFrame({ type: 'message_stop' })
    ])
  )
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const params = { model: 'claude-sonnet-4-5', max_tokens: 64, betas: BETAS, messages: [{ role: 'user' as const, content: `why is ${INSTANCE} slow?` }] }
  const created = await sdk().beta.messages.create(params as any)
  const streamed = await sdk().beta.messages.stream(params as any).finalMessage()
  const expected = `Investigated ${INSTANCE} behind 10.20.30.40`
  for (const [name, answer] of [['JSON', created], ['streamed', streamed]] as const) {
    t.equal((answer.content[0] as any).content, expected, `${name}: the summary restored`)
    t.equal((answer.content[0] as any).signature, SIGNATURE, `${name}: the signature as the API wrote it`)
  }
  const apiWrote = JSON.parse(upstream.requests[0].raw.toString()).messages[0].content.replace(/^why is (\S+) slow\?$/, 'Investigated $1 behind 10.20.30.40')
  await sdk().beta.messages.create({ ...params, messages: [{ role: 'user', content: [created.content[0] as any] }, { role: 'user', content: 'go on' }] } as any)
  const resent = upstream.requests[2]
  t.equal(resent.json.messages[0].content[0].content, apiWrote, 'the signed summary went back byte for byte as the API wrote it')
  t.notMatch(resent.raw.toString(), CLEAR)
})

t.test('regression: a compaction block the proxy never saw, quoting identifiers, is masked (it was refused 422); so are compaction instructions', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const messages = [
    { role: 'user', content: [{ type: 'compaction', content: `Summary: ${INSTANCE} assumed ${ROLE}`, encrypted_content: null }] },
    { role: 'user', content: 'continue' }
  ]
  await sdk().beta.messages.create({
    model: 'claude-sonnet-4-5', max_tokens: 64, betas: BETAS, messages,
    context_management: { edits: [{ type: 'compact_20260112', instructions: `keep ${INSTANCE} details` }] }
  } as any)
  const sent = upstream.requests[0]
  t.notMatch(sent.raw.toString(), CLEAR, 'nothing in clear')
  t.match(sent.json.messages[0].content[0].content, /^Summary: EC2_INSTANCE_\d+ assumed arn:aws:iam::ACCOUNT_ID_\d+:role\/\S+$/)
  t.match(sent.json.context_management.edits[0].instructions, /^keep EC2_INSTANCE_\d+ details$/)
})

/** A tool definition quoting identifiers in its description, schema and examples. */
const definition = {
  name: 'describe_instance',
  description: `Describes an instance, such as ${INSTANCE}`,
  input_schema: { type: 'object', properties: { role: { type: 'string', description: `a role such as ${ROLE}`, default: ROLE } } }
}

t.test('regression: mcp_tool_listing and tool_addition blocks are masked like tool definitions (they were refused 422) and restored in answers, JSON and streamed', async t => {
  const { upstream, sdk } = await fixture(t)
  const listing = (req: RawRequest) => ({ type: 'mcp_tool_listing', mcp_server_name: 'aws', tools: [req.json.messages[1].content[0].tools[0]] })
  upstream.script(
    (req, res) => json(res, message([listing(req), { type: 'text', text: 'listed' }])),
    (req, res) => sse(res, [
      sseFrame({ type: 'message_start', message: message([], { stop_reason: null }) }),
      sseFrame({ type: 'content_block_start', index: 0, content_block: listing(req) }),
      sseFrame({ type: 'content_block_stop', index: 0 }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } }),
      sseFrame({ type: 'message_stop' })
    ])
  )
  const messages = [
    { role: 'user', content: 'list the tools' },
    { role: 'assistant', content: [{ type: 'mcp_tool_listing', mcp_server_name: 'aws', tools: [definition] }] },
    { role: 'user', content: [{ type: 'tool_addition', tool: { type: 'tool_definition', definition } }, { type: 'text', text: 'and now?' }] }
  ]
  const params = { model: 'claude-sonnet-4-5', max_tokens: 64, betas: BETAS, messages, mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/sse', name: 'aws' }] }
  const created = await sdk().beta.messages.create(params as any)
  const streamed = await sdk().beta.messages.stream(params as any).finalMessage()
  for (const sent of upstream.requests) {
    t.notMatch(sent.raw.toString(), CLEAR, 'nothing in clear')
    const [listed, added] = [sent.json.messages[1].content[0].tools[0], sent.json.messages[2].content[0].tool.definition]
    for (const tool of [listed, added]) {
      t.equal(tool.name, definition.name, 'the name as written')
      t.match(tool.description, /^Describes an instance, such as EC2_INSTANCE_\d+$/)
      t.match(tool.input_schema.properties.role.default, /^arn:aws:iam::ACCOUNT_ID_\d+:role\/\S+$/)
    }
  }
  for (const [name, answer] of [['JSON', created], ['streamed', streamed]] as const) {
    t.strictSame((answer.content[0] as any).tools[0], definition, `${name}: the listing restored`)
  }
})
