import { createHash } from 'node:crypto'
import t from 'tap'
import { payloadAndParts, verificationView } from '../../../services/proxy/verification-view.js'
import fc from 'fast-check'
import { prepareRequest } from '../../../services/proxy/pipeline.js'
import { detect } from '../../../services/masking/detector.js'
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

/** Random-looking bytes, the same every run (a SHA-256 chain): the counts below cannot vary. */
function noise (length: number, seed: number): Buffer {
  const blocks: Buffer[] = []
  let block = Buffer.from(`seed-${seed}`)
  for (let size = 0; size < length; size += block.length) blocks.push(block = createHash('sha256').update(block).digest())
  return Buffer.concat(blocks).subarray(0, length)
}

t.test('regression: base64 images no longer trip the leak check; identifiers in tools still do', async t => {
  const store = createMemoryStore({ maxMappings: 100_000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  t.teardown(() => scope.release())
  let rawTrips = 0
  for (let i = 0; i < 40; i++) {
    const data = noise(i % 2 === 0 ? 30 : 200_000, i).toString('base64')
    const masked = await maskAnthropicRequest(scope, { messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data } }] }] })
    try { await scope.assertClean(JSON.stringify(masked)) } catch { rawTrips++ }
    await t.resolves(scope.assertClean(verificationView(masked)))
  }
  t.ok(rawTrips > 0, `the raw payload would have been refused ${rawTrips}/40 times (the bug this guards)`)
  await t.rejects(scope.assertClean(verificationView({ tools: [{ description: 'acct 123456789012' }], messages: [] })), { name: 'LeakDetectedError' })
})

t.test('a conversation is checked message by message: every part is payload bytes, a leak anywhere is found', async t => {
  const body = {
    model: 'claude-sonnet-4-5',
    system: 'You are an AWS assistant.',
    tools: [{ name: 'describe', description: 'describes things' }],
    messages: [
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: [{ type: 'text', text: 'an answer' }] },
      { role: 'user', content: [{ type: 'text', text: 'a follow-up' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'QUJD' } }] }
    ]
  }
  const { payload, parts, values } = payloadAndParts(body)
  t.equal(payload, JSON.stringify(body), 'the payload is the body serialised')
  t.strictSame(values.slice(0, 3).map((value) => JSON.stringify(value)), parts.slice(0, 3), 'a part with nothing blanked comes with its value (no parse back)')
  t.equal(values[3], undefined, 'a part with blanked bytes must be parsed from its text')
  t.equal(parts.length, 4, 'the rest of the body, then each message')
  t.equal(parts[0], JSON.stringify({ ...body, messages: [] }), 'model, system and tools in one part')
  t.ok(parts.slice(1, 3).every((part) => payload.includes(part)), 'plain messages are the payload bytes themselves')
  t.notOk(parts[3].includes('QUJD'), 'opaque bytes blanked in their own message')
  const unblanked = [...parts.slice(0, 3), parts[3].replace('"data":""', '"data":"QUJD"')]
  t.equal(unblanked[0].replace('"messages":[]', `"messages":[${unblanked.slice(1).join(',')}]`), payload, 'the parts put back together are the payload: every byte is read but the joining punctuation')
  t.strictSame(payloadAndParts({ model: 'm', messages: [] }), { payload: '{"model":"m","messages":[]}', parts: ['{"model":"m","messages":[]}'], values: [{ model: 'm', messages: [] }] }, 'no message: the payload itself')

  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope({ id: 'conv' })
  t.teardown(() => scope.release())
  for (const where of [0, 1, 2]) {
    const leaking = structuredClone(body) as typeof body
    leaking.messages[where] = { role: where === 1 ? 'assistant' : 'user', content: 'key AKIAIOSFODNN7EXAMPLE here' } as never
    const refused = await Promise.all(payloadAndParts(leaking).parts.map(async (part) => await scope.assertClean(part).then(() => false, () => true)))
    t.equal(refused.filter(Boolean).length, 1, `a key left in message ${where} is found`)
  }
  const inTools = { ...body, tools: [{ name: 'x', description: 'acct 123456789012' }] }
  await t.rejects(Promise.all(payloadAndParts(inTools).parts.map(async (part) => await scope.assertClean(part))), { name: 'LeakDetectedError' }, 'and one in the tools')
})

t.test('each turn of a conversation scans only what it adds', async t => {
  const store = createMemoryStore({ maxMappings: 10_000 })
  t.teardown(() => store.close())
  const scanned: string[] = []
  const masker = createMasker({ store, detector: (text, context) => { scanned.push(text); return detect(text, context) } })
  const messages: Array<{ role: string, content: string }> = []
  for (let turn = 1; turn <= 4; turn++) {
    if (turn > 1) messages.push({ role: 'assistant', content: `answer ${turn} about the instance `.repeat(20) })
    messages.push({ role: 'user', content: `turn ${turn}: instance i-0abc1234def56789${turn} in 10.0.${turn}.7 `.repeat(10) })
    scanned.length = 0
    const prepared = await prepareRequest(masker, { 'x-mask-session': 'chat' }, structuredClone({ model: 'm', max_tokens: 10, messages }))
    await prepared.scope.release()
    t.notOk(/i-0abc1234def56789|10\.0\.\d\.7/.test(prepared.payload), `turn ${turn}: nothing in clear`)
    const earlier = messages.slice(0, -2).map((m) => m.content.slice(0, 12)) // 'turn 1: inst', 'answer 2 abo'
    t.notOk(scanned.some((text) => earlier.some((start) => text.includes(start))), `turn ${turn}: no earlier message scanned again`)
    const chars = scanned.reduce((n, text) => n + text.length, 0)
    if (turn === 4) t.ok(chars < prepared.payload.length, `turn 4 scanned ${chars} chars of a ${prepared.payload.length}-char payload (masking and the leak check)`)
  }
})

t.test('the payload is exactly JSON.stringify of any body, whatever its messages and other fields hold', async t => {
  const anyJson = fc.jsonValue({ maxDepth: 4 })
  const body = fc.record({
    model: fc.string(),
    messages: fc.array(fc.oneof(anyJson, fc.record({ role: fc.constantFrom('user', 'assistant'), content: anyJson })), { maxLength: 6 }),
    extra: anyJson,
    system: fc.oneof(fc.string(), anyJson)
  }, { requiredKeys: ['messages'] })
  fc.assert(fc.property(body, fc.boolean(), (value, messagesFirst) => {
    const { messages, ...rest } = value
    const ordered = messagesFirst ? { messages, ...rest } : { ...rest, messages, after: 'x' }
    const { payload, parts } = payloadAndParts(ordered)
    return payload === JSON.stringify(ordered) && parts.length === Math.max(1, messages.length + (messages.length === 0 ? 0 : 1))
  }), { numRuns: 2000 })
  const tricky = { messages: [{ role: 'user', content: '"messages":[] and \u0000messages-' }], note: '"messages":"x"', nested: { messages: [] } }
  // long strings (system prompt, tool descriptions, message texts) quoted by a caller's memo
  const long = (seed: string): string => `${seed} "quoted" \\ \n\u2028 i-0abc1234def567890 `.repeat(30)
  const memo = new Map<string, string>()
  const quote = (text: string): string => memo.get(text) ?? memo.set(text, JSON.stringify(text)).get(text) as string
  const withLong = { model: 'm', system: [{ type: 'text', text: long('sys') }], tools: [{ name: 't', description: long('tool'), input_schema: { type: 'object' } }], messages: [{ role: 'user', content: long('msg') }, { role: 'assistant', content: [{ type: 'text', text: long('answer') }] }] }
  for (const round of [1, 2]) {
    const { payload, parts } = payloadAndParts(withLong, undefined, quote)
    t.equal(payload, JSON.stringify(withLong), `round ${round}: long strings quoted by the memo, the same payload`)
    t.equal(parts[0], JSON.stringify({ ...withLong, messages: [] }), `round ${round}: and the same part outside the messages`)
  }
  t.equal(memo.size, 4, 'every long string went through quote')
  const noMessages = { model: 'm', system: long('only') }
  t.equal(payloadAndParts(noMessages, undefined, quote).payload, JSON.stringify(noMessages), 'a body without messages too')
  t.equal(payloadAndParts(tricky).payload, JSON.stringify(tricky), 'look-alikes of the placeholder in the data')
})

t.test('a long conversation is checked with turns of the event loop between its parts', async t => {
  const checked: number[] = []
  let ticks = 0
  const scope = {
    id: 's',
    maskStrings: async (texts: string[]) => texts,
    maskJson: async (value: unknown) => value,
    streamUnmasker: () => { throw new Error('unused') },
    unmaskText: (text: string) => text,
    unmaskJson: (value: unknown) => value,
    assertCleanJson: async (json: string) => { checked.push(ticks); void json },
    release: async () => {}
  }
  const messages = Array.from({ length: 8 }, (_, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: 'x'.repeat(150_000) }))
  let running = true
  const tick = (): void => { ticks++; if (running) setImmediate(tick) }
  setImmediate(tick)
  await prepareRequest({ openScope: async () => scope as never }, {}, { model: 'm', messages })
  running = false
  t.equal(checked.length, 9, 'the rest of the body and each message')
  t.ok(checked[checked.length - 1] - checked[0] >= 3, `the loop turned between parts (${checked.join(',')})`)
})
