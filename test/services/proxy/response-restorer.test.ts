import t from 'tap'
import { restoreMessage } from '../../../services/proxy/response-restorer.js'
import { fakeScope } from './fake-scope.js'

const scope = fakeScope({ ACCOUNT_ID_1: '123456789012', CONNECTION_SECRET_1: 'p"w\\' })

t.test('restores text, thinking, tool input, citations and stop sequence; keeps ids and signatures', async t => {
  const message = {
    id: 'msg_ACCOUNT_ID_1', type: 'message', role: 'assistant', model: 'm', stop_reason: 'stop_sequence', stop_sequence: 'ACCOUNT_ID_1',
    usage: { input_tokens: 1 },
    content: [
      { type: 'thinking', thinking: 'in ACCOUNT_ID_1', signature: 'sig_ACCOUNT_ID_1' },
      { type: 'redacted_thinking', data: 'ACCOUNT_ID_1' },
      { type: 'text', text: 'acct ACCOUNT_ID_1 pw CONNECTION_SECRET_1 other ACCOUNT_ID_9', citations: [{ cited_text: 'ACCOUNT_ID_1' }] },
      { type: 'tool_use', id: 'toolu_ACCOUNT_ID_1', name: 'n', input: { a: ['ACCOUNT_ID_1', 3], pw: 'CONNECTION_SECRET_1' } }
    ]
  }
  const out = restoreMessage(scope, message) as any
  t.equal(out.id, 'msg_ACCOUNT_ID_1')
  t.equal(out.stop_sequence, '123456789012')
  t.same(out.content[0], { type: 'thinking', thinking: 'in 123456789012', signature: 'sig_ACCOUNT_ID_1' })
  t.same(out.content[1], message.content[1])
  t.same(out.content[2], { type: 'text', text: 'acct 123456789012 pw p"w\\ other ACCOUNT_ID_9', citations: [{ cited_text: '123456789012' }] })
  t.same(out.content[3], { type: 'tool_use', id: 'toolu_ACCOUNT_ID_1', name: 'n', input: { a: ['123456789012', 3], pw: 'p"w\\' } })
  t.equal((message.content[2] as { text: string }).text.startsWith('acct ACCOUNT_ID_1'), true, 'input not modified')
})

t.test('non-objects pass through', async t => {
  t.equal(restoreMessage(scope, 'x'), 'x')
  t.equal(restoreMessage(scope, null), null)
  t.same(restoreMessage(scope, [1]), [1])
})
