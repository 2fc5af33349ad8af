// The long string literals a body resends are decoded once and reused: the parse must answer
// exactly as JSON.parse does (values, keys, escapes, nesting), hand back the very string it
// decoded before, and leave to the caller's parser any body that is not valid JSON.
import t from 'tap'
import fc from 'fast-check'
import { createLiteralMemo, MIN_BODY, MIN_REUSED_LITERAL } from '../../../services/json/reused-literals.js'

const long = (seed: string): string => seed.repeat(Math.ceil(MIN_BODY / seed.length) + 1)
// chars JSON escapes (quotes, backslashes, controls, U+2028) and ones it does not (non-ASCII, surrogate pairs)
const piece = fc.constantFrom('aws ec2 describe-instances\n', '{"InstanceId": "i-0abc"}', 'C:\\Temp\\', '\u0000\u001f\t', 'café ', '😀', '\u2028', ' ', '\\"')
const longText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => long(parts.join('')))
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, longText, fc.string(), fc.integer(), fc.boolean(), fc.constant(null),
    fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.string(), longText), tie('node'), { maxKeys: 3 }))
})).node

/** Whether a string value (not a key) is long enough to be reused (its JSON literal, quotes included). */
function hasLongValue (node: unknown): boolean {
  if (typeof node === 'string') return JSON.stringify(node).length >= MIN_REUSED_LITERAL
  if (node === null || typeof node !== 'object') return false
  return Object.values(node).some(hasLongValue)
}

t.test('answers as JSON.parse does, for any body and any spacing', async (t) => {
  const memo = createLiteralMemo(64 * 1024 * 1024)
  fc.assert(fc.property(value, fc.boolean(), (root, spaced) => {
    const text = JSON.stringify(root, null, spaced ? 2 : undefined)
    const parsed = memo.parse(text)
    const again = memo.parse(text) // the second time from what the first kept
    if (parsed === undefined) return !hasLongValue(root) && again === undefined
    t.strictSame(parsed, JSON.parse(text))
    t.strictSame(again, JSON.parse(text))
    return true
  }), { numRuns: 150 })
})

t.test('a resent literal is decoded once; keys and short strings are parsed as ever', async (t) => {
  const memo = createLiteralMemo(64 * 1024 * 1024)
  const text = long('instance i-0abc1234def567890 "quoted" \\ back\n')
  const body = (turn: string) => JSON.stringify({ model: 'm', messages: [{ role: 'user', content: text }, { role: 'user', content: turn }], [text]: 'a key this long' })
  const first = memo.parse(body('one')) as { messages: Array<{ content: string }> }
  const second = memo.parse(body('two')) as { messages: Array<{ content: string }> }
  t.equal(first.messages[0].content, text)
  t.equal(second.messages[1].content, 'two')
  t.equal(second.messages[0].content, text)
  t.same(memo.stats(), { entries: 1, bytes: memo.stats().bytes, reused: 1 }, 'decoded once, reused once (the key is not kept)')
  t.equal((second as unknown as Record<string, string>)[text], 'a key this long', 'a long key stays a key')
  t.equal(memo.parse(JSON.stringify({ short: 'x'.repeat(100) }).padEnd(MIN_REUSED_LITERAL + 10, ' ')), undefined, 'no long literal: left to JSON.parse')
  t.equal(memo.parse(JSON.stringify(text)), text, 'a body that is one string')
  const small = JSON.stringify({ a: 'x'.repeat(MIN_REUSED_LITERAL) })
  t.ok(small.length < MIN_BODY)
  t.equal(memo.parse(small), undefined, 'a body under MIN_BODY is parsed whole')
})

t.test('a body of many short strings is parsed whole, a long literal in it or not', async (t) => {
  const memo = createLiteralMemo(64 * 1024 * 1024)
  const text = long('the same paste ')
  t.ok(memo.parse(JSON.stringify([text])))
  const rows = Array.from({ length: 20_000 }, (_, i) => `row ${i}`)
  t.equal(memo.parse(JSON.stringify({ rows, text })), undefined, 'left to JSON.parse')
  t.equal(memo.stats().reused, 0)
  t.ok(memo.parse(JSON.stringify({ rows: rows.slice(0, 100), text })), 'a few short strings beside it')
  t.equal(memo.stats().reused, 1)
})

t.test('a body that is not valid JSON is left to the caller, whatever it reuses', async (t) => {
  const memo = createLiteralMemo(64 * 1024 * 1024)
  const text = long('payload ')
  const valid = JSON.stringify({ a: text })
  t.ok(memo.parse(valid))
  for (const broken of [valid.slice(0, -1), valid + ']', `{"a": ${JSON.stringify(text)} "b": 1}`, `{"a": ${JSON.stringify(text).slice(0, -1)}`, `["${text}\u0001"]`, `{"a": "\\x${text}"}`]) {
    t.equal(memo.parse(broken), undefined, broken.slice(-20))
    t.throws(() => JSON.parse(broken), 'JSON.parse refuses it too')
  }
})

t.test('kept within its budget; a zero budget keeps nothing', async (t) => {
  const texts = ['a', 'b', 'c'].map((seed) => long(seed))
  const memo = createLiteralMemo(2 * 2 * (texts[0].length + 2) * 2) // two literals, raw and decoded
  const parsed = texts.map((text) => memo.parse(JSON.stringify([text])) as string[])
  t.same(parsed, texts.map((text) => [text]))
  t.equal(memo.stats().entries, 2)
  t.ok(memo.stats().bytes <= 8 * (texts[0].length + 2) + 16)
  memo.parse(JSON.stringify([texts[2]]))
  t.equal(memo.stats().reused, 1, 'the newest is kept')
  memo.parse(JSON.stringify([texts[0]]))
  t.equal(memo.stats().reused, 1, 'the oldest went out')
  const off = createLiteralMemo(0)
  t.equal(off.parse(JSON.stringify([texts[0]])), undefined)
  t.equal(off.stats().entries, 0)
})
