// serialiseJson must be JSON.stringify exactly (the payload sent upstream and the parts the leak
// check reads are made with it), whichever strings it hands to `quote`.
import t from 'tap'
import fc from 'fast-check'
import { MIN_QUOTED_CHARS, serialiseJson } from '../../../services/proxy/json-serialise.js'

/** JSON values whose strings are sometimes long (escapes, quotes, lone surrogates, U+2028 included). */
const longish = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.string({ unit: 'binary', minLength: 1 }), fc.integer({ min: 0, max: 40 })).map(([s, n]) => s.repeat(Math.ceil((MIN_QUOTED_CHARS + n) / s.length)))
)
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, longish, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 })
})).value

t.test('the same bytes as JSON.stringify for any JSON value, long strings quoted by the caller', async () => {
  fc.assert(fc.property(json, (value) => {
    const quoted: string[] = []
    const out = serialiseJson(value, (text) => { quoted.push(text); return JSON.stringify(text) })
    return out === JSON.stringify(value) && quoted.every((text) => text.length >= MIN_QUOTED_CHARS)
  }), { numRuns: 3000 })
})

t.test('every long string goes through quote, and what quote returns is what is written', async (t) => {
  const long = 'i-0123456789abcdef0 "quoted"\n'.repeat(40)
  const value = { role: 'user', content: [{ type: 'text', text: long }, { type: 'text', text: 'short' }], nested: { deeper: [long, 1] } }
  const out = serialiseJson(value, (text) => `"<${text.length}>"`)
  t.equal(out, JSON.stringify(value).replaceAll(JSON.stringify(long), `"<${long.length}>"`))
})

t.test('what JSON.stringify leaves out or turns to null, and toJSON, are as JSON.stringify has them', async (t) => {
  const long = 'x'.repeat(MIN_QUOTED_CHARS)
  const value = {
    long,
    gone: undefined,
    fn: () => 1,
    list: [undefined, () => 1, Symbol('s'), long, Number.NaN, -0, Infinity],
    when: new Date(0),
    custom: { toJSON: () => ({ replaced: long }) },
    customHolder: { toJSON: () => 'stands in', text: long },
    '': { '0': long, b: 2, 1: 'one' } // integer-like keys first, as JSON.stringify orders them
  }
  t.equal(serialiseJson(value, JSON.stringify), JSON.stringify(value))
  t.equal(serialiseJson(undefined, JSON.stringify), undefined)
  t.equal(serialiseJson([long, undefined], JSON.stringify), JSON.stringify([long, undefined]))
})
