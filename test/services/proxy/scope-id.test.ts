import t from 'tap'
import { conversationScopeId, firstUserMessageText } from '../../../services/proxy/scope-id.js'
import { fingerprint } from '../../../services/masking/result-cache.js'

const turn1 = { messages: [{ role: 'user', content: [{ type: 'text', text: 'why is i-0a1b2c3d down?' }] }] }
const turn3 = {
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'why is i-0a1b2c3d down?', cache_control: { type: 'ephemeral' } }] },
    { role: 'assistant', content: 'because' },
    { role: 'user', content: 'thanks' }
  ]
}

t.test('every turn of a conversation maps to one scope; cache_control moves do not matter', async t => {
  t.equal(conversationScopeId('key-a', undefined, turn1), conversationScopeId('key-a', undefined, turn3))
})

t.test('another key or another conversation gets another scope', async t => {
  t.not(conversationScopeId('key-a', undefined, turn1), conversationScopeId('key-b', undefined, turn1))
  t.not(conversationScopeId('key-a', undefined, turn1), conversationScopeId('key-a', undefined, { messages: [{ role: 'user', content: 'other' }] }))
})

t.test('x-mask-session names the conversation, still per key; no raw value in the id', async t => {
  const a = conversationScopeId('key-a', 'sess-1', turn1)
  t.equal(a, conversationScopeId('key-a', 'sess-1', { messages: [{ role: 'user', content: 'different' }] }))
  t.not(a, conversationScopeId('key-b', 'sess-1', turn1))
  t.not(a, conversationScopeId('key-a', 'sess-2', turn1))
  t.notMatch(a, /key-a|sess-1|i-0a1b/)
  t.match(a, /^v1:[0-9a-f]{64}:s:[0-9a-f]{64}$/)
})

t.test('first user message text from strings, blocks and odd shapes', async t => {
  t.equal(firstUserMessageText({ messages: [{ role: 'user', content: 'x' }] }), 'x')
  t.equal(firstUserMessageText({ messages: [{ role: 'user', content: [{ type: 'image' }, { type: 'tool_result', tool_use_id: 't1' }, null] }] }), 'image\ntool_result:t1\n')
  t.equal(firstUserMessageText({}), '')
  t.equal(firstUserMessageText(null), '')
  t.equal(firstUserMessageText({ messages: [{ role: 'user', content: 5 }] }), '')
})

t.test('ids are stable across releases: sha256 hex of the UTF-8 text (stored scopes stay reachable)', async t => {
  const body = { messages: [{ role: 'user', content: [{ type: 'text', text: 'why is i-0a1b2c3d down? é' }] }] }
  const owner = 'f10f781241e2246678b6b45c857069208152a53863e47fac33f607ab405006f4'
  t.equal(conversationScopeId('key-a', undefined, body), `v1:${owner}:c:a168f9985a6c3d43b65ab1b278ff4347cb2bdcda2ea27ebc4fa68b9eab30a822`)
  t.equal(conversationScopeId('key-a', 'sess-1', body), `v1:${owner}:s:abe633f3a47a2758174eabe9160daf36c4b1a33e8642ebf96e8f91c3fcbd5f9c`)
})

t.test('remembered digests: the same ids on every call, and a string message never stands for a text block', async t => {
  const asString = { messages: [{ role: 'user', content: 'text:abc' }] }
  const asBlock = { messages: [{ role: 'user', content: [{ type: 'text', text: 'abc' }] }] }
  const plainBlock = { messages: [{ role: 'user', content: 'abc' }] }
  const ids = [asString, asBlock, plainBlock].map((body) => conversationScopeId('k', undefined, body))
  t.same([asString, asBlock, plainBlock].map((body) => conversationScopeId('k', undefined, body)), ids, 'the second call (remembered) gives the same ids')
  t.equal(ids[0], ids[1], 'one text block hashes as its joined form, as before')
  t.not(ids[1], ids[2], 'a string message and a text block of the same text are two conversations')
  const twoBlocks = { messages: [{ role: 'user', content: [{ type: 'text', text: 'abc' }, { type: 'text', text: 'def' }] }] }
  t.equal(conversationScopeId('k', undefined, twoBlocks), conversationScopeId('k', undefined, { messages: [{ role: 'user', content: 'text:abc\ntext:def' }] }), 'several blocks: the joined form')
})

t.test('remembered digests are found by fingerprint but told apart by the whole text, and stay right once the oldest are dropped', async t => {
  const base = 'x'.repeat(10_000)
  // two long texts with one fingerprint: they differ at a char the fingerprint does not read
  const unread = [...Array(base.length).keys()].find((i) => fingerprint(base) === fingerprint(base.slice(0, i) + 'y' + base.slice(i + 1))) as number
  t.ok(unread !== undefined, 'a char the fingerprint skips')
  const other = base.slice(0, unread) + 'y' + base.slice(unread + 1)
  const block = (text: string): object => ({ messages: [{ role: 'user', content: [{ type: 'text', text }] }] })
  const first = conversationScopeId('k', undefined, block(base))
  t.not(conversationScopeId('k', undefined, block(other)), first, 'same fingerprint, another conversation')
  t.equal(conversationScopeId('k', undefined, block(base)), first, 'and the first text still gets its own')
  // ~4.6 M chars of first messages: more than the memo keeps, so the oldest are dropped
  const texts = Array.from({ length: 70 }, (_, i) => `${i}:`.padEnd(65_000, 'z'))
  const ids = texts.map((text) => conversationScopeId('k', undefined, block(text)))
  t.same(texts.map((text) => conversationScopeId('k', undefined, block(text))), ids, 'the same ids after eviction')
  t.equal(new Set(ids).size, texts.length)
})
