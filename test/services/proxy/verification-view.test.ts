import { randomBytes } from 'node:crypto'
import t from 'tap'
import { verificationView } from '../../../services/proxy/verification-view.js'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { maskAnthropicRequest } from '../../../services/proxy/request-masker.js'

t.test('opaque API bytes are blanked; customer text and tools stay', async t => {
  const body = {
    tools: [{ name: 'x', description: 'acct 123456789012' }],
    messages: [{
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'QUJD' } },
        { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'UERG' }, title: 'keep me' },
        { type: 'thinking', thinking: 'thought', signature: 'SIG' },
        { type: 'redacted_thinking', data: 'REDACTED' },
        { type: 'tool_use', id: 'toolu_X', name: 'n', input: { id: 'keep-id', data: 'keep-data' } },
        { type: 'tool_result', tool_use_id: 'toolu_X', content: 'result', encrypted_content: 'ENC' },
        { type: 'document', source: { type: 'file', file_id: 'file_X' } }
      ]
    }]
  }
  const view = verificationView(body)
  for (const opaque of ['QUJD', 'UERG', 'SIG', 'REDACTED', 'toolu_X', 'ENC', 'file_X']) t.notOk(view.includes(opaque), `${opaque} blanked`)
  for (const kept of ['acct 123456789012', 'keep me', 'thought', 'keep-id', 'keep-data', 'result']) t.ok(view.includes(kept), `${kept} checked`)
})

t.test('regression: base64 images no longer trip the leak check; identifiers in tools still do', async t => {
  const store = createMemoryStore({ maxMappings: 100_000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  t.teardown(() => scope.release())
  let rawTrips = 0
  for (let i = 0; i < 40; i++) {
    const data = randomBytes(i % 2 === 0 ? 30 : 200_000).toString('base64')
    const masked = await maskAnthropicRequest(scope, { messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data } }] }] })
    try { scope.assertClean(JSON.stringify(masked)) } catch { rawTrips++ }
    t.doesNotThrow(() => scope.assertClean(verificationView(masked)))
  }
  t.ok(rawTrips > 0, `the raw payload would have been refused ${rawTrips}/40 times (the bug this guards)`)
  t.throws(() => scope.assertClean(verificationView({ tools: [{ description: 'acct 123456789012' }], messages: [] })), { name: 'LeakDetectedError' })
})
