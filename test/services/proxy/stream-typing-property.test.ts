// A tool input streamed (input_json_delta, numberTokensRestored) must come back as the same JSON as
// the JSON answer (unmaskJson), for a real scope that typed each token per field. A key holding an
// escaped quote whose chunk ended right after it lost that part of the key: its value was typed
// under the wrong field (`{"a\"b": ACCOUNT_ID_1}` in chunks of 5 came back as a string, not the
// number it was).
import t from 'tap'
import fc from 'fast-check'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import type { MaskScope } from '../../../services/masking/index.js'
import { numberTokensRestored } from '../../../services/proxy/stream-restorer.js'

async function openScope (): Promise<{ scope: MaskScope, close: () => Promise<void> }> {
  const store = createMemoryStore({ maxMappings: 1000 })
  const scope = await createMasker({ store }).openScope()
  return { scope, close: async () => { await scope.release(); await store.close() } }
}

function streamedInChunks (scope: MaskScope, raw: string, cuts: number[]): unknown {
  const s = numberTokensRestored(scope, scope.streamUnmasker({ jsonEscape: true }))
  let out = ''
  let last = 0
  for (const cut of [...cuts, raw.length]) { out += s.push(raw.slice(last, cut)); last = cut }
  return JSON.parse(out + s.end())
}

t.test('a key with an escaped quote, cut right after it: its value is typed under the whole key', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const input = { 'a"b': 210987654321, Value: '210987654321', 'c\\"d': [210987654321] }
  const masked = await scope.maskJson(input)
  const raw = JSON.stringify(masked)
  t.strictSame(scope.unmaskJson(masked), input, 'the JSON answer')
  for (let cut = 0; cut <= raw.length; cut++) {
    t.strictSame(streamedInChunks(scope, raw, [cut]), input, `cut at ${cut}: ${raw.slice(0, cut)}|`)
  }
})

// Found by the property below: a number under `Name` beside `Values` is no EC2 filter, but its
// token read back was taken for a filter's name, so the JSON answer gave it back as a string.
t.test('a number under Name beside Values: the same type JSON and streamed', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const inputs = [{ Name: 210987654321, Values: [] }, { Values: { Values: [['210987654321']] } }]
  const masked = []
  for (const value of inputs) masked.push(await scope.maskJson(value))
  t.strictSame(scope.unmaskJson(masked[0]), inputs[0], 'the JSON answer')
  t.strictSame(streamedInChunks(scope, JSON.stringify(masked[0]), [3, 9]), inputs[0], 'streamed')
})

const IDS = [210987654321, 123456789012]
const key = fc.constantFrom('Values', 'Value', 'Name', 'Key', 'AccountId', 'metrics', 'Owner', 'a"b', 'x\\', 'y\\"z', 'k\u0001', 'é')
const leaf = fc.oneof(fc.constantFrom(...IDS), fc.constantFrom(...IDS.map(String)), fc.constantFrom('AWS/EC2', 'AccountId', '...', 'x', 5.5, null, true))
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj'), tie('metric')),
  arr: fc.array(tie('node'), { maxLength: 4 }),
  obj: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  metric: fc.tuple(fc.constantFrom('AWS/Usage', '...'), fc.constantFrom('CallCount', 'AccountId'), leaf, leaf).map((row) => [...row])
})).node
const input = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 })

t.test('property: tool inputs typed per field stream back as the JSON answer gives them, at any chunk size', async (t) => {
  await fc.assert(fc.asyncProperty(fc.array(input, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 9 }), async (inputs, size) => {
    const { scope, close } = await openScope()
    try {
      const masked = []
      for (const value of inputs) masked.push(await scope.maskJson(value)) // in turn: a later input may type a token again
      for (const m of masked) {
        const raw = JSON.stringify(m)
        const cuts: number[] = []
        for (let c = size; c < raw.length; c += size) cuts.push(c)
        const streamed = streamedInChunks(scope, raw, cuts)
        if (JSON.stringify(streamed) !== JSON.stringify(scope.unmaskJson(m))) throw new Error(`${raw} in chunks of ${size}: ${JSON.stringify(streamed)}`)
      }
    } finally { await close() }
  }), { numRuns: 400 })
  t.pass('400 runs')
})
