// Releasing the conversation's masking scope (a Redis call with a shared store) happens after the
// answer is written: if it fails, the client must still get the whole answer, streamed or not.
import t from 'tap'
import Anthropic from '@anthropic-ai/sdk'
import { buildTestApp } from '../../helpers/build-app.js'
import { createRawUpstream, sseFrame } from './raw-upstream.js'

const MESSAGE = { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } }

t.test('regression: a scope release that fails after a finished stream does not break the stream (finalMessage rejected: the response was cut)', async t => {
  const upstream = await createRawUpstream(t)
  const app = await buildTestApp(t, { ANTHROPIC_BASE_URL: upstream.url, UPSTREAM_MAX_RETRIES: '0' })
  const openScope = app.masker.openScope.bind(app.masker)
  let failed = 0
  app.masker.openScope = async (opts) => {
    const scope = await openScope(opts)
    const release = scope.release
    scope.release = async () => { await release(); failed++; throw new Error('mapping store unreachable') }
    return scope
  }
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' })
  upstream.fallback((req, res) => {
    const token = /EC2_INSTANCE_\d+/.exec(String(req.json.messages[0].content))?.[0] ?? 'none'
    if (req.json.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...MESSAGE, content: [{ type: 'text', text: `saw ${token}` }] }))
      return
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' }).end([
      sseFrame({ type: 'message_start', message: { ...MESSAGE, content: [], stop_reason: null } }),
      sseFrame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
      sseFrame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: `saw ${token}` } }),
      sseFrame({ type: 'content_block_stop', index: 0 }),
      sseFrame({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } }),
      sseFrame({ type: 'message_stop' })
    ].join(''))
  })
  const sdk = new Anthropic({ baseURL, apiKey: 'k', maxRetries: 0 })
  const ask = { model: 'm', max_tokens: 5, messages: [{ role: 'user' as const, content: 'is i-0a1b2c3d4e5f67890 up?' }] }
  const expected = [{ type: 'text', text: 'saw i-0a1b2c3d4e5f67890' }]
  t.same((await sdk.messages.create(ask)).content, expected, 'JSON answer')
  const streamed = await sdk.messages.stream(ask).finalMessage().then((m) => m.content, (err: unknown) => `rejected: ${String(err)}`)
  t.same(streamed, expected, 'streamed answer')
  t.equal(failed, 2, 'both releases failed')
})
