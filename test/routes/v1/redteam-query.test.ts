// Red team, the URL: nothing of it is masked, so only the API's own `beta` parameter goes upstream,
// and only when its value holds no identifier. Through the real app, official SDK as the client.
import t from 'tap'
import { ask, fixture, message } from './sdk-fixture.js'

t.test('regression: a beta query value holding an identifier is not sent upstream (any beta value went out as written)', async t => {
  const { upstream, sdk } = await fixture(t)
  upstream.fallback((_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(message([{ type: 'text', text: 'ok' }]))) })
  const role = 'arn:aws:iam::123456789012:role/prod-deployer'
  await sdk({ defaultQuery: { beta: role } }).messages.create(ask)
  await sdk({ defaultQuery: { beta: 'true' } }).messages.countTokens({ model: ask.model, messages: ask.messages })
  t.same(upstream.requests.map((r) => r.url), ['/v1/messages', '/v1/messages/count_tokens?beta=true'])
  t.notMatch(upstream.requests.map((r) => `${r.url} ${r.raw.toString()}`).join('\n'), /123456789012|prod-deployer/)
})
