// Red team, the request side: fields the leak check skips as the API's own bytes (signatures,
// ids it issued, encrypted fields, by their key) were skipped wherever that key stood and whatever
// it held, so client text there went out in clear. Through the real app with the official SDK as
// the client and a local upstream recording exactly what it received.
import t from 'tap'
import type { ServerResponse } from 'node:http'
import { fixture, message } from './sdk-fixture.js'

const INSTANCE = 'i-0a1b2c3d4e5f67890'
const ROLE = 'arn:aws:iam::123456789012:role/prod-deployer'
const CLEAR = new RegExp(`${INSTANCE}|123456789012|prod-deployer`)

const json = (res: ServerResponse, body: unknown): void => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)) }

t.test('regression: client text in a field the leak check skipped as API bytes is refused, never sent in clear (signature off a thinking block, a made-up tool id)', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => json(res, message([{ type: 'text', text: 'ok' }])))
  const call = (id: string) => [
    { role: 'user' as const, content: 'look' },
    { role: 'assistant' as const, content: [{ type: 'tool_use' as const, id, name: 'describe', input: { q: 'status' } }] },
    { role: 'user' as const, content: [{ type: 'tool_result' as const, tool_use_id: id, content: 'running' }] }
  ]
  const refused: Array<[string, unknown[]]> = [
    ['a signature on a text block', [{ role: 'user', content: [{ type: 'text', text: 'hi', signature: ROLE }] }]],
    ['a tool id made from an instance id', call(`call_${INSTANCE}`)],
    ['an encrypted_ field holding an ARN', [{ role: 'user', content: [{ type: 'text', text: 'hi', encrypted_note: ROLE }] }]]
  ]
  for (const [name, messages] of refused) {
    const err = await sdk().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages } as any).then(() => undefined, (e: unknown) => e) as any
    t.equal(err?.status, 422, `${name}: refused`)
  }
  t.equal(upstream.requests.length, 0, 'nothing reached the upstream')

  // what the API issued still passes as it wrote it
  const signature = 'EqQBCkYIBRgCKkBsigSIG+/=='
  const api = [
    ...call('toolu_01A09q90qw90lq917835lq9'),
    { role: 'assistant' as const, content: [{ type: 'thinking' as const, thinking: 'check it', signature }, { type: 'text' as const, text: 'ok' }] },
    { role: 'user' as const, content: `and ${INSTANCE}?` }
  ]
  await sdk().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: api })
  const sent = upstream.requests[0].json.messages
  t.equal(sent[1].content[0].id, 'toolu_01A09q90qw90lq917835lq9')
  t.equal(sent[2].content[0].tool_use_id, 'toolu_01A09q90qw90lq917835lq9')
  t.strictSame(sent[3].content[0], api[3].content[0], 'thinking and signature byte-identical')
  t.notMatch(upstream.requests[0].raw.toString(), CLEAR)
})
