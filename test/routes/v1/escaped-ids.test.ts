// Ids behind escapes through /v1/messages: a newline escaped twice (`C:\\ni-0...`), a literal
// `\u00e9` glued to an id, `\x41` before an account id, grep's colours, octal bytes. Nothing goes
// upstream in clear, the leak check lets through what the masker masked (no 422), and the client
// gets every byte back, as JSON and streamed at every delta size.
import t from 'tap'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'

const PLANTED = ['i-0123456789abcdef0', 'sg-0a1b2c3d', '123456789012', '10.0.1.23', 'AKIAIOSFODNN7EXAMPLE']
const QUESTION = 'path C:\\\\ni-0123456789abcdef0 done; caf\\u00e9i-0123456789abcdef0 ok; log \\\\\\tsg-0a1b2c3d; ' +
  'acct \\x41123456789012; nested \\\\\\\\r10.0.1.23; key \\\\u00e9AKIAIOSFODNN7EXAMPLE; grep \u001b[01;31m\u001b[Ki-0123456789abcdef0\u001b[m; ' +
  'ls caf\\303\\251sg-0a1b2c3d end'

function lastUserText (req: RecordedRequest): string {
  const last = req.json.messages.at(-1)
  return typeof last.content === 'string' ? last.content : last.content.map((b: any) => b.text ?? '').join('')
}

const echo = (req: RecordedRequest): Record<string, any> => assistantMessage([
  { type: 'text', text: lastUserText(req) },
  { type: 'tool_use', id: 'toolu_01', name: 'note', input: { text: lastUserText(req), list: [lastUserText(req)] } }
])
const EXPECTED = [
  { type: 'text', text: QUESTION },
  { type: 'tool_use', id: 'toolu_01', name: 'note', input: { text: QUESTION, list: [QUESTION] } }
]
const params = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user' as const, content: QUESTION }] }

t.test('ids behind escapes: masked upstream, restored as JSON and streamed', async (t) => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: echo }, ...[1, 2, 3, 7].map((deltaSize) => ({ message: echo, deltaSize })), { message: echo, chunkBytes: 1 })
  const created = await client().messages.create(params)
  t.same(created.content, EXPECTED, 'JSON answer restored')
  for (const cut of [1, 2, 3, 7, 'bytes']) {
    const final = await client().messages.stream(params).finalMessage()
    t.same(final.content, EXPECTED, `streamed answer restored (${cut})`)
  }
  t.equal(mock.requests.length, 6, 'every request went upstream (none refused by the leak check)')
  for (const req of mock.requests) {
    const raw = req.raw.toString('utf8')
    t.same(PLANTED.filter((v) => raw.includes(v)), [], 'nothing planted reached the API')
  }
})
