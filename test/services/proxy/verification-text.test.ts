// verificationText reuses the payload as the leak check's view when nothing in the body is
// opaque: it must always read exactly what verificationView would.
import t from 'tap'
import fc from 'fast-check'
import { hasOpaque, verificationText, verificationView } from '../../../services/proxy/verification-view.js'

const plainBody = {
  model: 'm',
  system: 'acct 123456789012',
  tools: [{ name: 'x', description: 'sg-0abc', input_schema: { type: 'object' } }],
  messages: [{ role: 'user', content: [{ type: 'text', text: 'hello' }, { type: 'tool_use', id: '', name: 'n', input: { data: 'keep' } }] }]
}

t.test('a body with nothing opaque: the payload is the view', async t => {
  const payload = JSON.stringify(plainBody)
  t.notOk(hasOpaque(plainBody))
  t.equal(verificationText(plainBody, payload), payload)
  t.equal(verificationText(plainBody, payload), verificationView(plainBody))
})

t.test('each opaque field alone makes it build the blanked view', async t => {
  const blocks: Array<Record<string, unknown>> = [
    { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'QUJD' } },
    { type: 'thinking', thinking: 't', signature: 'SIG' },
    { type: 'redacted_thinking', data: 'REDACTED' },
    { type: 'tool_use', id: 'toolu_X', name: 'n', input: {} },
    { type: 'tool_result', tool_use_id: 'toolu_X', content: 'r' },
    { type: 'tool_result', tool_use_id: '', content: 'r', encrypted_content: 'ENC' },
    { type: 'document', source: { type: 'file', file_id: 'file_X' } }
  ]
  for (const block of blocks) {
    const body = { messages: [{ role: 'user', content: [block] }] }
    const payload = JSON.stringify(body)
    t.ok(hasOpaque(body), String(block.type))
    t.equal(verificationText(body, payload), verificationView(body))
    t.not(verificationText(body, payload), payload)
  }
})

t.test('api-owned thinking is blanked only for the blocks the masker marked', async t => {
  const owned = { type: 'thinking', thinking: 'raw i-0abc', signature: '' }
  const body = { messages: [{ role: 'assistant', content: [owned, { type: 'thinking', thinking: 'other', signature: '' }] }] }
  const payload = JSON.stringify(body)
  t.equal(verificationText(body, payload), payload)
  const view = verificationText(body, payload, new Set([owned]))
  t.equal(view, verificationView(body, new Set([owned])))
  t.notOk(view.includes('raw i-0abc'))
  t.ok(view.includes('other'))
})

t.test('property: always what verificationView reads', async t => {
  const key = fc.constantFrom('type', 'data', 'id', 'signature', 'tool_use_id', 'file_id', 'encrypted_x', 'thinking', 'text', 'source', 'content')
  const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('base64', 'redacted_thinking', 'tool_use', 'mcp_tool_use', ''), fc.integer(), fc.boolean(), fc.constant(null))
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 5 }))
  }))
  fc.assert(fc.property(tree, (body) => {
    t.equal(verificationText(body, JSON.stringify(body)), verificationView(body))
  }), { numRuns: 500 })
  t.pass('500 generated bodies')
})
