import t from 'tap'
import { upstreamRequestHeaders, clientResponseHeaders, clientCredential } from '../../../services/proxy/headers.js'

t.test('forwards Anthropic headers and the client key, asks for identity, drops hop-by-hop', async t => {
  const out = upstreamRequestHeaders({
    host: 'proxy', connection: 'keep-alive', 'content-length': '10', 'transfer-encoding': 'chunked',
    'accept-encoding': 'gzip, br', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'a,b', authorization: 'Bearer k',
    'user-agent': 'Anthropic/JS 1.17', 'x-stainless-retry-count': '0', 'x-masker-key': 'secret', 'x-mask-session': 's', cookie: 'c'
  }, { serverApiKey: 'server' })
  t.same(out, {
    'anthropic-version': '2023-06-01', 'anthropic-beta': 'a,b', authorization: 'Bearer k', 'user-agent': 'Anthropic/JS 1.17',
    'x-stainless-retry-count': '0', 'content-type': 'application/json', 'accept-encoding': 'identity'
  })
})

t.test('falls back to the server key only when the client sent none', async t => {
  t.equal(upstreamRequestHeaders({ 'x-api-key': 'client' }, { serverApiKey: 'server' })['x-api-key'], 'client')
  t.equal(upstreamRequestHeaders({}, { serverApiKey: 'server' })['x-api-key'], 'server')
  t.notOk('x-api-key' in upstreamRequestHeaders({}, {}))
  t.notOk('x-api-key' in upstreamRequestHeaders({ authorization: 'Bearer c' }, { serverApiKey: 'server' }))
  const serviceKeyUsed = upstreamRequestHeaders({ authorization: 'Bearer svc', 'x-api-key': 'svc' }, { serverApiKey: 'server', dropClientCredential: true })
  t.equal(serviceKeyUsed.authorization, undefined, 'a service key is never forwarded')
  t.equal(serviceKeyUsed['x-api-key'], 'server')
})

t.test('returns request ids, rate-limit and retry headers only', async t => {
  t.same(clientResponseHeaders({
    'request-id': 'req_1', 'anthropic-ratelimit-requests-remaining': '5', 'retry-after': '3', 'retry-after-ms': '3000',
    'x-should-retry': 'true', 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': '12',
    connection: 'close', 'set-cookie': ['a'], 'cf-ray': 'x'
  }), {
    'request-id': 'req_1', 'anthropic-ratelimit-requests-remaining': '5', 'retry-after': '3', 'retry-after-ms': '3000',
    'x-should-retry': 'true', 'content-type': 'application/json'
  })
})

t.test('the credential differs per key and header', async t => {
  const a = clientCredential({ 'x-api-key': 'a' })
  t.not(a, clientCredential({ 'x-api-key': 'b' }))
  t.not(a, clientCredential({ authorization: 'a' }))
  t.not(a, clientCredential({ 'x-api-key': 'a', 'x-masker-key': 'm' }))
})
