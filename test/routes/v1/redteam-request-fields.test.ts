// Red team, the request side: fields of the Messages API that carry the client's text and were
// not masked, so a request holding an identifier there was refused whole (422: nothing could be
// sent). Through the real app with the official SDK as the client and a local upstream recording
// exactly what it received. Beta blocks holding tool definitions or summaries (mcp_tool_listing,
// tool_addition, compaction) are in redteam-beta-blocks, the MCP connector's authorization_token in
// redteam-mcp-authorization. Known gaps still open: an MCP server's `url` and `name` and a tool's
// `name` are never masked (an identifier there is refused 422, fail closed).
import t from 'tap'
import type { ServerResponse } from 'node:http'
import Anthropic from '@anthropic-ai/sdk'
import { fixture, message } from './sdk-fixture.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const ROLE = 'arn:aws:iam::123456789012:role/prod-deployer'
const ACCOUNT = 210987654321
const CLEAR = new RegExp(`${INSTANCE}|123456789012|prod-deployer|${ACCOUNT}`)

const json = (res: ServerResponse, body: unknown): void => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)) }
const user = (content: string) => [{ role: 'user' as const, content }]

/** The token the upstream received for a value, found in one part of what it received. */
function tokenIn (value: unknown, pattern: RegExp): string {
  const found = pattern.exec(JSON.stringify(value))?.[0]
  if (found === undefined) throw new Error(`no token matching ${String(pattern)} was sent`)
  return found
}

t.test('regression: tool input_examples are masked like the calls they show (they were refused with a 422); the call made from them comes back restored', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const example = req.json.tools[0].input_examples[0]
    json(res, message([{ type: 'tool_use', id: 'toolu_01', name: 'describe', input: example }], { stop_reason: 'tool_use' }))
  })
  const tools = [{
    name: 'describe',
    description: 'Describes an instance',
    input_schema: { type: 'object' as const, properties: { instance_id: { type: 'string' }, role_arn: { type: 'string' }, account: { type: 'integer' } } },
    input_examples: [{ instance_id: INSTANCE, role_arn: ROLE, account: ACCOUNT, tags: [{ Key: 'Name', Value: 'payroll-db' }] }]
  }]
  const answer = await sdk().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, tools, messages: user('describe it') } as any)
  const sent = upstream.requests[0]
  t.notMatch(sent.raw.toString(), CLEAR, 'no example value went out in clear')
  t.match(sent.json.tools[0].input_examples[0].instance_id, /^EC2_INSTANCE_\d+$/, 'an example value went out as a token')
  t.strictSame((answer.content[0] as Anthropic.ToolUseBlock).input, tools[0].input_examples[0], 'the call restored exactly, the account a number again')
})

t.test('regression: a structured output schema (output_config.format, beta output_format) is masked like a tool schema (it was refused with a 422)', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((req, res) => {
    const token = tokenIn(req.json.output_config?.format ?? req.json.output_format, /EC2_INSTANCE_\d+/)
    json(res, message([{ type: 'text', text: JSON.stringify({ target: token }) }]))
  })
  const schema = {
    type: 'object',
    properties: { target: { type: 'string', description: `the instance to stop, such as ${INSTANCE}`, enum: [INSTANCE, 'none'] } },
    required: ['target'],
    additionalProperties: false
  }
  const ga = await sdk().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: user('which one?'), output_config: { format: { type: 'json_schema', schema } } } as any)
  const beta = await sdk().beta.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: user('which one?'), output_format: { type: 'json_schema', schema }, betas: ['structured-outputs-2025-11-13'] } as any)
  for (const [name, answer] of [['output_config', ga], ['output_format', beta]] as const) {
    t.equal((answer.content[0] as Anthropic.TextBlock).text, JSON.stringify({ target: INSTANCE }), `${name}: the answer restored`)
  }
  for (const req of upstream.requests) {
    t.notMatch(req.raw.toString(), CLEAR, 'the schema went out masked')
    t.equal((req.json.output_config?.format ?? req.json.output_format).schema.properties.target.enum[1], 'none', 'schema words kept')
  }
})
