import t from 'tap'
import {
  errorFromResponse, UpstreamBadGatewayError, UpstreamClientError, UpstreamRateLimitedError
} from '../../../services/upstream/index.js'

const anthropicError = (message: string): Buffer =>
  Buffer.from(JSON.stringify({ type: 'error', error: { type: 'x', message }, request_id: 'req_1' }))

t.test('5xx and 529 -> 502 without the upstream text', async (t) => {
  const err = errorFromResponse({ statusCode: 529, headers: {}, body: anthropicError('Overloaded') })
  t.type(err, UpstreamBadGatewayError)
  t.match(err, { statusCode: 502, code: 'UPSTREAM_BAD_GATEWAY', upstreamStatus: 529 })
})

t.test('429 -> 429 with the retry hint in whole seconds', async (t) => {
  const err = errorFromResponse({ statusCode: 429, headers: { 'retry-after-ms': '1200' }, body: anthropicError('slow down') })
  t.type(err, UpstreamRateLimitedError)
  t.match(err, { statusCode: 429, retryAfter: 2, message: 'slow down' })
  t.equal((errorFromResponse({ statusCode: 429, headers: {}, body: Buffer.alloc(0) }) as UpstreamRateLimitedError).retryAfter, undefined)
})

t.test('other 4xx keep their status and the upstream message', async (t) => {
  const err = errorFromResponse({ statusCode: 400, headers: {}, body: anthropicError('max_tokens: too big') })
  t.type(err, UpstreamClientError)
  t.match(err, { statusCode: 400, message: 'max_tokens: too big' })
  const plain = errorFromResponse({ statusCode: 404, headers: {}, body: Buffer.from('<html>nope</html>') })
  t.match(plain, { statusCode: 404, message: 'Upstream rejected the request with status 404' })
})
