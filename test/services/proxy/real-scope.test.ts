// The proxy's pure pieces on the real masking service (not the test double): Claude Code's
// leading system blocks stay byte-identical, re-masking an answer gives the API's bytes back,
// and the SSE pipeline restores the real engine's tokens at every byte cut.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { maskAnthropicRequest } from '../../../services/proxy/request-masker.js'
import { restoreMessage } from '../../../services/proxy/response-restorer.js'
import { createStreamRestorer } from '../../../services/proxy/stream-restorer.js'
import { createSseFramer, writeSseFrame } from '../../../services/proxy/sse.js'
import { fold, frame } from './sse-helpers.js'

async function openScope (t: { teardown (fn: () => unknown): void }, id = 'conv-1') {
  const store = createMemoryStore({ maxMappings: 10_000 })
  const masker = createMasker({ store })
  t.teardown(() => store.close())
  return { masker, scope: await masker.openScope({ id }) }
}

const CLAUDE_CODE_SYSTEM = [
  { type: 'text', text: 'x-anthropic-billing-header: cc_version=2.0.37.8f2; cc_entrypoint=cli; cch=5b1e0c9d2a7f41e3;' },
  { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude.", cache_control: { type: 'ephemeral' } }
]

t.test("Claude Code's leading system blocks are byte-identical after masking", async t => {
  const { scope } = await openScope(t)
  const out = await maskAnthropicRequest(scope, { system: CLAUDE_CODE_SYSTEM, messages: [{ role: 'user', content: 'hi i-0a1b2c3d4e5f67890' }] })
  t.equal(JSON.stringify(out.system), JSON.stringify(CLAUDE_CODE_SYSTEM))
  t.match(out.messages[0].content, /^hi EC2_INSTANCE_\d+$/)
})

t.test('restore then re-mask in the same conversation gives back the API bytes (thinking, text, tool input)', async t => {
  const { masker, scope } = await openScope(t)
  const question = { role: 'user', content: 'sg-0123456789abcdef0 on 10.0.1.23 in 123456789012, bucket payroll-exports-2024' }
  const first = await maskAnthropicRequest(scope, { messages: [question] })
  await scope.release()
  const tokens = (first.messages[0].content as string).match(/[A-Z][A-Z0-9_]*_\d+/g) ?? []
  t.ok(tokens.length >= 3, `tokens: ${tokens.join(' ')}`)
  const apiAnswer = {
    content: [
      { type: 'thinking', thinking: `The group ${tokens[0]} blocks ${tokens[1]}`, signature: 'sig' },
      { type: 'text', text: `Open ${tokens.join(', ')}.` },
      { type: 'tool_use', id: 'toolu_1', name: 'aws', input: { GroupId: tokens[0], CidrIp: `${tokens[1]}/32`, Tags: [{ Key: 'Owner', Value: tokens[2] }] } }
    ]
  }
  const next = await masker.openScope({ id: 'conv-1' })
  t.teardown(() => next.release())
  const restored = restoreMessage(next, apiAnswer) as typeof apiAnswer
  t.notMatch(JSON.stringify(restored), /SECURITY_GROUP_|IPV4_PRIVATE_|ACCOUNT_ID_/, 'the client sees values')
  const again = await maskAnthropicRequest(next, { messages: [question, { role: 'assistant', content: restored.content }] })
  t.same(again.messages[1].content, apiAnswer.content, "the API gets back exactly what it produced")
  t.equal(again.messages[0].content, first.messages[0].content, 'the first turn is masked identically')
})

t.test('real engine tokens restored through the SSE pipeline at every byte cut', async t => {
  const { scope } = await openScope(t)
  const masked = (await scope.maskStrings(['Instance i-0a1b2c3d4e5f67890 in 123456789012 says "hi" — 🙂 jane.doe@acme-corp.com']))[0]
  const input = JSON.stringify({ q: masked, n: [masked.slice(0, 9)] })
  const stream = [
    frame('message_start', { type: 'message_start', message: { content: [] } }),
    frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    ...[masked.slice(0, 11), masked.slice(11, 30), masked.slice(30)].map(text => frame('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
    frame('content_block_stop', { type: 'content_block_stop', index: 0 }),
    frame('content_block_start', { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 't', name: 'n', input: {} } }),
    ...[input.slice(0, 20), input.slice(20, 21), input.slice(21)].map(partial_json => frame('content_block_delta', { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json } })),
    frame('content_block_stop', { type: 'content_block_stop', index: 1 }),
    frame('message_stop', { type: 'message_stop' })
  ].join('')
  const bytes = Buffer.from(stream)
  const expected = JSON.stringify([
    { type: 'text', text: scope.unmaskText(masked) },
    { type: 'tool_use', id: 't', name: 'n', input: { q: scope.unmaskText(masked), n: [scope.unmaskText(masked.slice(0, 9))] } }
  ])
  t.match(expected, /i-0a1b2c3d4e5f67890.*123456789012.*jane\.doe@acme-corp\.com/)
  for (let c = 0; c <= bytes.length; c++) {
    const framer = createSseFramer()
    const restorer = createStreamRestorer(scope)
    const out = [...framer.push(bytes.subarray(0, c)), ...framer.push(bytes.subarray(c))].flatMap(e => restorer.push(e))
    out.push(...restorer.end())
    const reread = createSseFramer().push(Buffer.from(out.map(writeSseFrame).join(''))).map(e => ({ event: e.event as string, data: e.data }))
    if (JSON.stringify(fold(reread).content) !== expected) { t.fail(`byte cut ${c}`); return }
  }
  t.pass(`${bytes.length + 1} cuts restored`)
  await scope.release()
})
