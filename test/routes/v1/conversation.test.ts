// Multi-turn consistency: every turn of a conversation reuses its tokens, the masked form of
// earlier turns is byte-identical from turn to turn (and equal to what the API itself produced,
// so signed thinking stays valid and prompt caching keeps its prefix), and no other key or
// conversation can get those tokens restored.
import t from 'tap'
import { buildProxyFixture } from './proxy-app.js'
import { assistantMessage, type RecordedRequest } from '../../helpers/mock-anthropic.js'

const Q1 = 'Instance i-0a1b2c3d4e5f67890 in 123456789012 cannot reach 10.0.1.23. Why?'
const Q2 = 'Now sg-0123456789abcdef0 blocks 10.0.1.23 and jane.doe@acme-corp.com is paged.'
const Q3 = 'Summarise for account 123456789012 and i-0a1b2c3d4e5f67890.'
const PLANTED = ['i-0a1b2c3d4e5f67890', '123456789012', '10.0.1.23', 'sg-0123456789abcdef0', 'jane.doe@acme-corp.com']

function lastUserText (req: RecordedRequest): string {
  const content = req.json.messages.at(-1).content
  return typeof content === 'string' ? content : content.filter((b: any) => b.type === 'text').map((b: any) => b.text).join('')
}

/** What the API answered, per request: thinking (signed) + text, both quoting the tokens it saw. */
const produced: Array<Record<string, any>> = []
const reply = (req: RecordedRequest) => {
  const message = assistantMessage([
    { type: 'thinking', thinking: `They ask about: ${lastUserText(req)}`, signature: `sig-${produced.length}` },
    { type: 'text', text: `About ${lastUserText(req)}` }
  ])
  produced.push(message)
  return message
}

type Msg = { role: 'user' | 'assistant', content: any }

t.test('three turns: stable tokens, byte-identical earlier turns, thinking echoed as produced', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: reply, deltaSize: 5 })
  const sdk = client()
  const history: Msg[] = []
  for (const [i, question] of [Q1, Q2, Q3].entries()) {
    // Claude Code style: the cache breakpoint moves to the newest user turn every time
    for (const m of history) if (Array.isArray(m.content)) for (const b of m.content) delete b.cache_control
    history.push({ role: 'user', content: [{ type: 'text', text: question, cache_control: { type: 'ephemeral' } }] })
    const answer = i === 1
      ? await sdk.messages.create({ model: 'm', max_tokens: 100, messages: history })
      : await sdk.messages.stream({ model: 'm', max_tokens: 100, messages: history }).finalMessage()
    t.equal((answer.content[1] as any).text, `About ${question}`, `turn ${i + 1} restored`)
    history.push({ role: 'assistant', content: answer.content })
  }
  const [r1, r2, r3] = mock.requests
  const masked = (req: RecordedRequest, i: number) => JSON.stringify({ ...req.json.messages[i], content: req.json.messages[i].content.map((b: any) => { const { cache_control: _, ...rest } = b; return rest }) })
  t.equal(masked(r2, 0), masked(r1, 0), 'turn 1 user message masked identically in turn 2')
  t.equal(masked(r3, 0), masked(r1, 0), '... and in turn 3')
  t.equal(masked(r3, 2), masked(r2, 2), 'turn 2 user message identical in turn 3')
  t.same(r2.json.messages[1].content, produced[0].content, 'assistant turn 1 sent back exactly as the API produced it (thinking + signature)')
  t.same(r3.json.messages[3].content, produced[1].content, 'assistant turn 2 likewise')
  t.equal(JSON.stringify(r3.json.messages.slice(0, 2)), JSON.stringify(r2.json.messages.slice(0, 2)), 'the prefix is byte-identical (prompt caching)')
  const tokenOf = (req: RecordedRequest, i: number) => /EC2_INSTANCE_\d+/.exec(JSON.stringify(req.json.messages[i]))?.[0]
  t.ok(tokenOf(r1, 0) !== undefined && tokenOf(r1, 0) === tokenOf(r3, 4), 'the instance keeps its token in turn 3')
  for (const req of mock.requests) t.same(PLANTED.filter(v => req.raw.toString().includes(v)), [], 'nothing planted reached the API')
})

t.test("another key's or conversation's tokens come back unrestored", async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: (req) => assistantMessage([{ type: 'text', text: `About ${lastUserText(req)}` }]) })
  const first = await client({ apiKey: 'key-a' }).messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: Q2 }] })
  t.equal((first.content[0] as any).text, `About ${Q2}`)
  const tokens = lastUserText(mock.requests[0]).match(/[A-Z][A-Z0-9_]*_\d+/g) ?? []
  t.ok(tokens.length >= 3, `key-a's conversation has tokens (${tokens.join(', ')})`)
  const planted = `Leaked? ${tokens.join(' ')}`
  mock.fallback({ message: assistantMessage([{ type: 'text', text: planted }]) })
  const unrelated = [{ role: 'user' as const, content: 'unrelated question' }]
  const otherKey = await client({ apiKey: 'key-b' }).messages.create({ model: 'm', max_tokens: 10, messages: unrelated })
  t.equal((otherKey.content[0] as any).text, planted, 'another API key: tokens stay tokens')
  const otherSession = await client({ apiKey: 'key-a', headers: { 'x-mask-session': 'other' } }).messages.create({ model: 'm', max_tokens: 10, messages: unrelated })
  t.equal((otherSession.content[0] as any).text, planted, 'same key, an x-mask-session of its own: tokens stay tokens')
  const otherConversation = await client({ apiKey: 'key-a' }).messages.stream({ model: 'm', max_tokens: 10, messages: unrelated }).finalMessage()
  t.equal((otherConversation.content[0] as any).text, planted, 'same key, another conversation (streamed): tokens stay tokens')
  const sameConversation = await client({ apiKey: 'key-a' }).messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: Q2 }] })
  const restored = (sameConversation.content[0] as any).text as string
  t.ok(restored.includes('sg-0123456789abcdef0') && restored.includes('jane.doe@acme-corp.com'), 'control: in its own conversation the same reply is restored')
})

t.test('x-mask-session names a conversation across different first messages (same key)', async t => {
  const { mock, client } = await buildProxyFixture(t)
  mock.script({ message: (req) => assistantMessage([{ type: 'text', text: lastUserText(req) }]) })
  const sdk = client({ headers: { 'x-mask-session': 'incident-42' } })
  await sdk.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'instance i-0a1b2c3d4e5f67890' }] })
  const token = lastUserText(mock.requests[0]).replace('instance ', '')
  mock.fallback({ message: assistantMessage([{ type: 'text', text: `it is ${token}` }]) })
  const again = await sdk.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'a different opening' }] })
  t.equal((again.content[0] as any).text, 'it is i-0a1b2c3d4e5f67890', 'same session header: the token restores')
  t.notOk(mock.requests[1].raw.toString().includes('x-mask-session'), 'the session header is not forwarded')
  t.equal(mock.requests[1].headers['x-mask-session'], undefined)
})

t.test('regression: signed thinking holding a raw identifier the model wrote goes back byte for byte', async t => {
  const { mock, client } = await buildProxyFixture(t)
  const thinkingOf = (req: RecordedRequest) => `Use 10.20.0.0/16 (my idea) next to ${lastUserText(req).split(' ')[1]}`
  mock.fallback({ message: (req) => assistantMessage([{ type: 'thinking', thinking: thinkingOf(req), signature: `sig-${mock.requests.length}` }, { type: 'text', text: 'ok' }]), deltaSize: 4 })
  for (const streamed of [false, true]) {
    const sdk = client({ apiKey: `key-${String(streamed)}` })
    const history: Msg[] = [{ role: 'user', content: 'instance i-0a1b2c3d4e5f67890 is down' }]
    const first = streamed
      ? await sdk.messages.stream({ model: 'm', max_tokens: 10, messages: history }).finalMessage()
      : await sdk.messages.create({ model: 'm', max_tokens: 10, messages: history })
    const produced = thinkingOf(mock.requests.at(-1) as RecordedRequest)
    t.equal((first.content[0] as any).thinking, 'Use 10.20.0.0/16 (my idea) next to i-0a1b2c3d4e5f67890', 'client sees values')
    history.push({ role: 'assistant', content: first.content }, { role: 'user', content: 'go on' })
    await sdk.messages.create({ model: 'm', max_tokens: 10, messages: history })
    const sent = (mock.requests.at(-1) as RecordedRequest).json.messages[1].content[0]
    t.equal(sent.thinking, produced, `thinking sent back exactly as the API wrote it (streamed: ${String(streamed)})`)
    const tampered = structuredClone(history)
    tampered[1].content[0].thinking += ' edited 10.30.0.1'
    await sdk.messages.create({ model: 'm', max_tokens: 10, messages: tampered })
    const resent = (mock.requests.at(-1) as RecordedRequest).raw.toString()
    t.notMatch(resent, /10\.30\.0\.1/, 'an edited thinking block is masked again, never trusted')
  }
})
