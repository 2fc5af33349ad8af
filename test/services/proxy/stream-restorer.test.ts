import t from 'tap'
import fc from 'fast-check'
import { createStreamRestorer, numberTokensRestored } from '../../../services/proxy/stream-restorer.js'
import { createUnmasker } from '../../../services/masking/unmask.js'
import { createStreamUnmasker } from '../../../services/masking/stream-unmasker.js'
import { mapStrings } from '../../../services/masking/json-walk.js'
import { createSseFramer, writeSseFrame, type SseEvent, type SseOut } from '../../../services/proxy/sse.js'
import { fakeScope } from './fake-scope.js'
import { fold, cutAt } from './sse-helpers.js'

const TABLE = {
  EC2_INSTANCE_1: 'i-0a1b2c3d4e5f67890',
  ACCOUNT_ID_1: '123456789012',
  CONNECTION_SECRET_1: 'pa"ss\\wörd🙂'
}
const scope = () => fakeScope(TABLE)

const THINKING_MASKED = 'Look at EC2_INSTANCE_1 in ACCOUNT_ID_1.'
const THINKING = 'Look at i-0a1b2c3d4e5f67890 in 123456789012.'
const TEXT_MASKED = 'Instance EC2_INSTANCE_1 of ACCOUNT_ID_1; EC2_INSTANCE_77 is not ours — é🙂 CONNECTION_SECRET_1'
const TEXT = 'Instance i-0a1b2c3d4e5f67890 of 123456789012; EC2_INSTANCE_77 is not ours — é🙂 pa"ss\\wörd🙂'
const INPUT_MASKED = { id: 'EC2_INSTANCE_1', note: 'quote " back\\ 日本 ACCOUNT_ID_1', secret: 'CONNECTION_SECRET_1', list: ['ACCOUNT_ID_12', 'EC2_INSTANCE_1'] }
const INPUT = { id: 'i-0a1b2c3d4e5f67890', note: 'quote " back\\ 日本 123456789012', secret: 'pa"ss\\wörd🙂', list: ['ACCOUNT_ID_12', 'i-0a1b2c3d4e5f67890'] }
const JSON_MASKED = JSON.stringify(INPUT_MASKED)

const ev = (event: string, data: object): SseEvent => ({ event, data: JSON.stringify({ type: event, ...data }), raw: '' })

function answer (thinking: string[], text: string[], json: string[]): SseEvent[] {
  const delta = (index: number, d: object): SseEvent => ev('content_block_delta', { index, delta: d })
  return [
    ev('message_start', { message: { id: 'msg_1', type: 'message', role: 'assistant', content: [], usage: {} } }),
    ev('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } }),
    ...thinking.map(p => delta(0, { type: 'thinking_delta', thinking: p })),
    delta(0, { type: 'signature_delta', signature: 'sig-EC2_INSTANCE_1' }),
    ev('content_block_stop', { index: 0 }),
    ev('content_block_start', { index: 1, content_block: { type: 'text', text: '' } }),
    ev('ping', {}),
    ...text.map(p => delta(1, { type: 'text_delta', text: p })),
    ev('content_block_stop', { index: 1 }),
    ev('content_block_start', { index: 2, content_block: { type: 'tool_use', id: 'toolu_EC2_INSTANCE_1', name: 'lookup', input: {} } }),
    ...json.map(p => delta(2, { type: 'input_json_delta', partial_json: p })),
    ev('content_block_stop', { index: 2 }),
    ev('message_delta', { delta: { stop_reason: 'stop_sequence', stop_sequence: 'ACCOUNT_ID_1' }, usage: {} }),
    ev('message_stop', {})
  ]
}

function restoreAll (events: SseEvent[]): SseOut[] {
  const restorer = createStreamRestorer(scope())
  return [...events.flatMap(e => restorer.push(e)), ...restorer.end()]
}

const EXPECTED = [
  { type: 'thinking', thinking: THINKING, signature: 'sig-EC2_INSTANCE_1' },
  { type: 'text', text: TEXT },
  { type: 'tool_use', id: 'toolu_EC2_INSTANCE_1', name: 'lookup', input: INPUT }
]
const skeleton = (names: string[]): string[] => names.filter((n, i) => n !== 'content_block_delta' || names[i - 1] !== 'content_block_delta')

t.test('whole deltas: every block restored, ids and signatures untouched, stop sequence restored', async t => {
  const folded = fold(restoreAll(answer([THINKING_MASKED], [TEXT_MASKED], [JSON_MASKED])))
  t.same(folded.content, EXPECTED)
  t.equal(folded.stopSequence, '123456789012')
})

t.test('text and thinking cut at every position into two deltas restore identically', async t => {
  for (let c = 0; c <= TEXT_MASKED.length; c++) {
    const tc = Math.min(c, THINKING_MASKED.length)
    const folded = fold(restoreAll(answer(cutAt(THINKING_MASKED, [tc]), cutAt(TEXT_MASKED, [c]), [JSON_MASKED])))
    if (JSON.stringify(folded.content) !== JSON.stringify(EXPECTED)) { t.fail(`cut at ${c}`); return }
  }
  t.pass('every cut restored')
})

t.test('partial_json cut at every position restores with escaping', async t => {
  for (let c = 0; c <= JSON_MASKED.length; c++) {
    const folded = fold(restoreAll(answer([THINKING_MASKED], [TEXT_MASKED], cutAt(JSON_MASKED, [c]))))
    if (JSON.stringify(folded.content[2].input) !== JSON.stringify(INPUT)) { t.fail(`cut at ${c}`); return }
  }
  t.pass('every cut restored')
})

t.test('random multi-cuts of every block (property): same content, same event skeleton', async t => {
  const reference = skeleton(answer(['x'], ['x'], ['x']).map(e => e.event as string))
  const cuts = (s: string) => fc.uniqueArray(fc.integer({ min: 0, max: s.length }), { maxLength: 12 }).map(a => a.sort((x, y) => x - y))
  fc.assert(fc.property(cuts(THINKING_MASKED), cuts(TEXT_MASKED), cuts(JSON_MASKED), (a, b, c) => {
    const out = restoreAll(answer(cutAt(THINKING_MASKED, a), cutAt(TEXT_MASKED, b), cutAt(JSON_MASKED, c)))
    const folded = fold(out)
    return JSON.stringify(folded.content) === JSON.stringify(EXPECTED) && JSON.stringify(skeleton(folded.events)) === JSON.stringify(reference)
  }), { numRuns: 300 })
  t.pass('300 random cuttings restored identically')
})

t.test('the byte stream cut anywhere: framer -> restorer -> writer gives the same answer', async t => {
  const bytes = Buffer.from(answer(cutAt(THINKING_MASKED, [9, 12]), cutAt(TEXT_MASKED, [12, 13, 40, 70]), cutAt(JSON_MASKED, [10, 30])).map(e => `event: ${e.event}\ndata: ${e.data}\n\n`).join(''))
  const run = (chunks: Uint8Array[]): string => {
    const framer = createSseFramer()
    const restorer = createStreamRestorer(scope())
    let written = ''
    for (const chunk of chunks) for (const e of framer.push(chunk)) for (const o of restorer.push(e)) written += writeSseFrame(o)
    for (const o of restorer.end()) written += writeSseFrame(o)
    const reread = createSseFramer().push(Buffer.from(written)).map(e => ({ event: e.event as string, data: e.data }))
    return JSON.stringify(fold(reread).content)
  }
  const expected = JSON.stringify(EXPECTED)
  for (let c = 0; c <= bytes.length; c++) {
    if (run([bytes.subarray(0, c), bytes.subarray(c)]) !== expected) { t.fail(`byte cut ${c}`); return }
  }
  t.pass(`${bytes.length + 1} byte cuts agree`)
})

t.test('held-back text is flushed before signature_delta and content_block_stop; pings pass at once', async t => {
  const restorer = createStreamRestorer(scope())
  restorer.push(ev('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } }))
  t.same(restorer.push(ev('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'see EC2_INST' } })).map(o => JSON.parse(o.data).delta.thinking), ['see '])
  t.same(restorer.push(ev('ping', {})).map(o => o.event), ['ping'], 'ping not delayed by held text')
  t.same(restorer.push(ev('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'ANCE_1' } })), [], 'still a possible token: held')
  const out = restorer.push(ev('content_block_delta', { index: 0, delta: { type: 'signature_delta', signature: 's' } }))
  t.same(out.map(o => JSON.parse(o.data).delta), [{ type: 'thinking_delta', thinking: 'i-0a1b2c3d4e5f67890' }, { type: 'signature_delta', signature: 's' }])
})

t.test('an error event after a partial answer flushes held text first, then is forwarded', async t => {
  const restorer = createStreamRestorer(scope())
  restorer.push(ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }))
  restorer.push(ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'acct ACCOUNT_ID_1' } }))
  const out = restorer.push({ event: 'error', data: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', raw: '' })
  t.same(out.map(o => o.event), ['content_block_delta', 'error'])
  t.equal(JSON.parse(out[0].data).delta.text, '123456789012')
  t.equal(out[1].data, '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', 'error frame byte-identical')
})

t.test('initial text in content_block_start and message_start content are restored', async t => {
  const out = restoreAll([
    ev('message_start', { message: { content: [{ type: 'text', text: 'pre ACCOUNT_ID_1' }] } }),
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: 'hello EC2_INSTANCE_1' } }),
    ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: ' and ACCOUNT_ID_1' } }),
    ev('content_block_stop', { index: 0 })
  ])
  t.same(JSON.parse(out[0].data).message.content, [{ type: 'text', text: 'pre 123456789012' }])
  t.equal(fold(out).content[0].text, 'hello i-0a1b2c3d4e5f67890 and 123456789012')
})

t.test('citations in citations_delta are restored; unknown and malformed events pass through in order', async t => {
  const out = restoreAll([
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', { index: 0, delta: { type: 'citations_delta', citation: { type: 'char_location', cited_text: 'ACCOUNT_ID_1', document_index: 0 } } }),
    { event: 'brand_new', data: '{"type":"brand_new","x":1}', raw: '' },
    { event: 'weird', data: 'not json', raw: '' },
    { event: null, data: '{"type":"ping"}', raw: '' },
    { event: null, data: 'nameless and not json', raw: '' }
  ])
  t.equal(JSON.parse(out[1].data).delta.citation.cited_text, '123456789012')
  t.same(out.slice(2), [{ event: 'brand_new', data: '{"type":"brand_new","x":1}' }, { event: 'weird', data: 'not json' }, { event: 'ping', data: '{"type":"ping"}' }])
})

t.test('a block never closed is flushed at end()', async t => {
  const restorer = createStreamRestorer(scope())
  restorer.push(ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }))
  t.same(restorer.push(ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'ACCOUNT_ID_1' } })), [])
  t.equal(JSON.parse(restorer.end()[0].data).delta.text, '123456789012')
})

// A scope that types a token per field (ACCOUNT_ID_1 was a JSON number under `ids` and `id`, a
// string elsewhere; ACCOUNT_ID_2 only ever a number; ACCOUNT_ID_3 only a string): the streamed
// tool input must come back as unmaskJson gives the whole input, fields and all.
t.test('streamed tool input equals unmaskJson of the whole input, with numbers typed per field (property)', async t => {
  const values = new Map([
    ['ACCOUNT_ID_1', { kind: 'account_id', value: '482019374655' }],
    ['ACCOUNT_ID_2', { kind: 'account_id', value: '590817263544' }],
    ['ACCOUNT_ID_3', { kind: 'account_id', value: '310927465581' }],
    ['EC2_INSTANCE_1', { kind: 'ec2_instance', value: 'i-0a1b2c3d4e5f67890' }],
    ['S3_BUCKET_1', { kind: 's3_bucket', value: 'ids' }]
  ])
  const numberFields: Record<string, (field: string | undefined) => boolean> = {
    ACCOUNT_ID_1: (field) => field === 'ids' || field === 'id',
    ACCOUNT_ID_2: () => true
  }
  const unmasker = createUnmasker({ lookup: (token) => values.get(token), restoreSecrets: true, onUnresolved: () => {} })
  const typed = {
    unmaskText: unmasker.unmaskText,
    unmaskJson: (value: unknown) => mapStrings(value, (text, site) => {
      const restored = unmasker.unmaskText(text)
      return site.number !== true && numberFields[text]?.(site.context?.field) === true ? Number(restored) : restored
    })
  }
  const key = fc.constantFrom('ids', 'id', 'owner', 'x', 'ACCOUNT_ID_1', 'S3_BUCKET_1', 'Value', 'k\\"e\u00e9y')
  const leaf = fc.oneof(fc.constantFrom('ACCOUNT_ID_1', 'ACCOUNT_ID_2', 'ACCOUNT_ID_3', 'EC2_INSTANCE_1', 'x ACCOUNT_ID_1', '"ACCOUNT_ID_1"', 'ACCOUNT_ID_01', '\\', 'é🙂', ''),
    fc.integer(), fc.constant(null), fc.boolean())
  const json = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 }))
  })).v
  const input = fc.dictionary(key, json, { maxKeys: 5 }) // a tool input is an object
  const cuts = fc.array(fc.nat(), { maxLength: 10 })
  let numbers = 0
  fc.assert(fc.property(input, fc.boolean(), cuts, (value, pretty, at) => {
    const raw = JSON.stringify(value, null, pretty ? 1 : undefined)
    const stream = numberTokensRestored(typed, createStreamUnmasker(unmasker, { jsonEscape: true }))
    const points = [...new Set(at.map((c) => c % (raw.length + 1)))].sort((a, b) => a - b)
    let out = ''
    let last = 0
    for (const p of [...points, raw.length]) { out += stream.push(raw.slice(last, p)); last = p }
    const expected = typed.unmaskJson(value)
    if (JSON.stringify(expected).includes('482019374655,') || /\[482019374655[\],]/.test(JSON.stringify(expected))) numbers++
    return JSON.stringify(JSON.parse(out + stream.end())) === JSON.stringify(expected)
  }), { numRuns: 5000 })
  t.ok(numbers > 0, `${numbers} inputs had ACCOUNT_ID_1 back as a number somewhere`)
  t.pass('5000 random tool inputs and chunkings agree with unmaskJson')

  const fixed = JSON.stringify({ 'i\\"d': ['ACCOUNT_ID_1'], ids: ['ACCOUNT_ID_1'], owner: 'ACCOUNT_ID_1', nested: { id: 'ACCOUNT_ID_1', list: [['ACCOUNT_ID_1']] }, only: 'ACCOUNT_ID_2' })
  const want = JSON.stringify({ 'i\\"d': ['482019374655'], ids: [482019374655], owner: '482019374655', nested: { id: 482019374655, list: [['482019374655']] }, only: 590817263544 })
  t.equal(JSON.stringify(typed.unmaskJson(JSON.parse(fixed))), want, 'the JSON answer (list is its own field)')
  for (let c = 0; c <= fixed.length; c++) {
    const stream = numberTokensRestored(typed, createStreamUnmasker(unmasker, { jsonEscape: true }))
    const out = stream.push(fixed.slice(0, c)) + stream.push(fixed.slice(c)) + stream.end()
    if (JSON.stringify(JSON.parse(out)) !== want) { t.fail(`cut at ${c}: ${out}`); return }
  }
  t.pass('a value typed by its field at every cut')
})

// A key is a field by its decoded length, as the scope types tokens: 300 control chars are 1,800
// raw chars of `\u0001` escapes (the restorer capped the raw text at 1,024, so the streamed value
// fell back to the token's overall type where the JSON answer typed it per field). One char per
// chunk: the char after a backslash that ended the previous chunk was dropped from the key.
t.test('a key long only in its escapes is still a field, streamed as in JSON', async t => {
  const { createMasker, createMemoryStore } = await import('../../../services/masking/index.js')
  const store = createMemoryStore({ maxMappings: 100 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  t.teardown(() => scope.release())
  const key = '\u0001'.repeat(300)
  const input = { [key]: [482019374655], owner: '482019374655' }
  const masked = await scope.maskJson(input)
  const raw = JSON.stringify(masked)
  t.ok(raw.length > 1800 && !raw.includes('482019374655'), 'masked, the key 1,800 raw chars long')
  for (const cut of [1, 2, 7, 500, raw.length]) {
    const s = numberTokensRestored(scope, scope.streamUnmasker({ jsonEscape: true }))
    let out = ''
    for (let i = 0; i < raw.length; i += cut) out += s.push(raw.slice(i, i + cut))
    t.strictSame(JSON.parse(out + s.end()), input, `streamed in chunks of ${cut}: a number under the long key, a string under owner`)
  }
  t.strictSame(scope.unmaskJson(masked), input, 'as the JSON answer')
})
