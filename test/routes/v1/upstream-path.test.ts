import t from 'tap'
import { upstreamPath } from '../../../routes/v1/messages.js'

t.test('only the API\'s own query parameters go upstream', async (t) => {
  t.equal(upstreamPath('/v1/messages'), '/v1/messages')
  t.equal(upstreamPath('/v1/messages/count_tokens'), '/v1/messages/count_tokens')
  t.equal(upstreamPath('/v1/messages?beta=true'), '/v1/messages?beta=true')
  t.equal(upstreamPath('/v1/messages?'), '/v1/messages')
  t.equal(upstreamPath('/v1/messages?note=i-0123456789abcdef0'), '/v1/messages')
  t.equal(upstreamPath('/v1/messages?note=x&beta=true&beta=1'), '/v1/messages?beta=true&beta=1')
})
