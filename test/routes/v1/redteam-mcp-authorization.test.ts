// Red team, the MCP connector: mcp_servers[].authorization_token is the credential the API uses to
// call the client's MCP server, so it cannot be masked. It was refused as a leaked secret (a 422
// naming neither the field nor a way out). Refused by default still (fail closed), now naming the
// field and the setting; PROXY_PASS_MCP_AUTHORIZATION=true lets that one field through unmasked.
// Through the real app, official SDK as the client, a local upstream recording what it received.
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { fixture, message } from './sdk-fixture.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const TOKEN = 'mcp_oauth_9fQ2xLr7TzW4kP1vN8bY3cJ6hD0sAeGu' // a bearer token as an OAuth server issues one
const json = (res: ServerResponse, body: unknown): void => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)) }

const params = (authorization: string | undefined) => ({
  model: 'claude-sonnet-4-5',
  max_tokens: 64,
  betas: ['mcp-client-2025-04-04'],
  messages: [{ role: 'user' as const, content: `describe ${INSTANCE}` }],
  mcp_servers: [
    { type: 'url' as const, url: 'https://docs.example.com/mcp', name: 'docs' },
    { type: 'url' as const, url: 'https://mcp.example.com/sse', name: 'aws', ...(authorization === undefined ? {} : { authorization_token: authorization }) }
  ]
})

t.test('regression: by default a request with an MCP authorization_token is refused, naming the field and the setting, and nothing is sent', async t => {
  const { upstream, sdk, baseURL } = await fixture(t)
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const err = await sdk().beta.messages.create(params(TOKEN) as any).then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.status, 422)
  t.equal(err?.error?.type, 'error')
  t.equal(err?.error?.error?.type, 'invalid_request_error')
  t.match(err?.error?.error?.message, 'mcp_servers.1.authorization_token')
  t.match(err?.error?.error?.message, 'PROXY_PASS_MCP_AUTHORIZATION=true')
  t.notMatch(err?.error?.error?.message, TOKEN, 'the token is not quoted back')
  t.equal(upstream.requests.length, 0, 'nothing reached the upstream')
  await sdk().beta.messages.create(params(undefined) as any)
  t.equal(upstream.requests.length, 1, 'without a token the same request goes')
  const metrics = await (await fetch(`${baseURL}/metrics`)).text()
  t.match(metrics, 'aws_masker_mcp_authorization_total{result="refused"} 1')
})

t.test('PROXY_PASS_MCP_AUTHORIZATION=true: the token goes upstream as written, the rest masked as ever, other secrets still refused', async t => {
  const { upstream, sdk, baseURL } = await fixture(t, { PROXY_PASS_MCP_AUTHORIZATION: 'true' })
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  await sdk().beta.messages.create(params(TOKEN) as any)
  const sent = upstream.requests[0]
  t.equal(sent.json.mcp_servers[1].authorization_token, TOKEN, 'the token as written')
  t.notMatch(sent.raw.toString(), INSTANCE, 'the conversation masked')
  // only that field is skipped: the rest of the server entry is checked as ever
  const elsewhere = { ...params(TOKEN), mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/sse?role=arn:aws:iam::123456789012:role/prod-deployer', name: 'aws', authorization_token: TOKEN }] }
  const err = await sdk().beta.messages.create(elsewhere as any).then(() => undefined, (e: unknown) => e) as any
  t.equal(err?.status, 422, 'an ARN in the server URL beside it is refused')
  t.equal(upstream.requests.length, 1)
  const metrics = await (await fetch(`${baseURL}/metrics`)).text()
  t.match(metrics, 'aws_masker_mcp_authorization_total{result="passed"} 2')
})
