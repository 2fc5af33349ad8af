// Results of the API's own tools (web search, web fetch, code execution) in a conversation: resent
// by the client with identifiers the web or the sandbox wrote, they are masked, not refused by the
// leak check (a 422 ended the conversation); answered with the call's tokens in them, restored.
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createRawUpstream, sseFrame, type RawUpstream } from './raw-upstream.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const MESSAGE = { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } }
const PDF = Buffer.from('%PDF-1.4 arn:aws:iam::123456789012:role/x').toString('base64')

async function fixture (t: Parameters<typeof buildTestApp>[0]): Promise<{ upstream: RawUpstream, sdk: Anthropic }> {
  const upstream = await createRawUpstream(t)
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '0', RATE_LIMIT_MAX: '100000' })
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  return { upstream, sdk: new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0 }) }
}

const searched = (): any[] => [
  { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'cannot reach private ip from ec2' } },
  { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [{ type: 'web_search_result', url: 'https://forum.example.com/t/10.0.0.5', title: 'Cannot reach 10.0.0.5 from EC2 instance i-1234567890abcdef0', encrypted_content: 'Eo8BCioIAhgB123456789012x+/=', page_age: null }] },
  { type: 'server_tool_use', id: 'srvtoolu_2', name: 'web_fetch', input: { url: 'https://docs.aws.amazon.com/iam' } },
  {
    type: 'web_fetch_tool_result',
    tool_use_id: 'srvtoolu_2',
    content: { type: 'web_fetch_result', url: 'https://docs.aws.amazon.com/iam', retrieved_at: '2025-01-01T00:00:00Z', content: { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Example: arn:aws:iam::123456789012:role/S3Access' }, title: 'IAM roles' } }
  },
  { type: 'web_fetch_tool_result', tool_use_id: 'srvtoolu_3', content: { type: 'web_fetch_result', url: 'https://example.com/a.pdf', content: { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF } } } },
  { type: 'code_execution_tool_result', tool_use_id: 'srvtoolu_4', content: { type: 'code_execution_result', stdout: 'connected to 10.0.0.7', stderr: '', return_code: 0, content: [{ type: 'code_execution_output', file_id: 'file_01abc' }] } }
]

t.test('regression: server tool results holding identifiers are masked when resent, not refused with a 422', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...MESSAGE, content: [{ type: 'text', text: 'ok' }] })) })
  const history = [{ role: 'user', content: 'q' }, { role: 'assistant', content: searched() }, { role: 'user', content: 'thanks' }]
  const answer = await sdk.beta.messages.create({ model: 'm', max_tokens: 5, messages: history } as any).then(() => 'sent', (err: any) => `${String(err?.status)} ${String(err?.error?.error?.message)}`)
  t.equal(answer, 'sent')
  const raw = upstream.requests[0]?.raw.toString() ?? ''
  t.notMatch(raw, /10\.0\.0\.[57]|i-1234567890abcdef0|S3Access/, 'nothing in clear')
  const [, search, , fetched, pdf, code] = upstream.requests[0]?.json.messages[1].content ?? []
  const original = searched()
  t.equal(search?.content[0].encrypted_content, original[1].content[0].encrypted_content, 'encrypted_content byte-identical')
  t.match(search?.content[0].title, /^Cannot reach IPV4_PRIVATE_\d+ from EC2 instance EC2_INSTANCE_\d+$/)
  t.same([fetched?.tool_use_id, fetched?.content.retrieved_at, fetched?.content.content.title], ['srvtoolu_2', '2025-01-01T00:00:00Z', 'IAM roles'])
  t.same(pdf, original[4], 'a base64 document byte-identical')
  t.equal(code?.content.content[0].file_id, 'file_01abc')
  t.match(code?.content.stdout, /^connected to IPV4_PRIVATE_\d+$/)
})

t.test('regression: a code execution result quoting the call\'s tokens comes back restored, JSON and streamed (it came back masked), and goes back as the API wrote it', async t => {
  const { upstream, sdk } = await fixture(t)
  const result = (token: string) => ({ type: 'code_execution_tool_result', tool_use_id: 'srvtoolu_9', content: { type: 'code_execution_result', stdout: `state of ${token}: stopped`, stderr: '', return_code: 0, content: [] } })
  const tokenOf = (req: any): string => /EC2_INSTANCE_\d+/.exec(JSON.stringify(req.json.messages))?.[0] ?? 'none'
  upstream.fallback((req, res) => {
    const content = [result(tokenOf(req))]
    if (req.json.stream !== true) { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...MESSAGE, content })); return }
    res.writeHead(200, { 'content-type': 'text/event-stream' }).end([
      sseFrame({ type: 'message_start', message: { ...MESSAGE, content: [], stop_reason: null } }),
      sseFrame({ type: 'content_block_start', index: 0, content_block: content[0] }),
      sseFrame({ type: 'content_block_stop', index: 0 }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }),
      sseFrame({ type: 'message_stop' })
    ].join(''))
  })
  const ask = { model: 'm', max_tokens: 5, messages: [{ role: 'user' as const, content: `state of ${INSTANCE}?` }] }
  const expected = result(INSTANCE)
  const created = await sdk.beta.messages.create(ask)
  t.same(created.content[0], expected, 'JSON answer')
  t.same((await sdk.beta.messages.stream(ask).finalMessage()).content[0], expected, 'streamed answer')
  await sdk.beta.messages.create({ ...ask, messages: [...ask.messages, { role: 'assistant', content: created.content as any }, { role: 'user', content: 'and now?' }] })
  t.same(upstream.requests[2].json.messages[1].content[0], result(tokenOf(upstream.requests[0])), 'resent as the API wrote it')
})
