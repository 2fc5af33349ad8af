// raw-numbers: number literals JSON.parse would rewrite come back as written through a parse and
// a serialisation, whatever else changed; everything else is exactly JSON.parse / JSON.stringify.
import t from 'tap'
import { parseKeepingNumbers, rawNumbersOf, stringifyKeepingNumbers, withStandIns } from '../../../services/json/raw-numbers.js'

const compact = (text: string): string => JSON.stringify(JSON.parse(text.replace(/-?\d[\d.eE+-]*/g, '0'))) // shape only

t.test('lossy literals round trip byte for byte; strings and keys holding the same text are left alone', async t => {
  const text = '{"a":1.0,"1.0":"1.0 and 1e3","b":[1e3,-0,9007199254740993,0.1,2.50,1E+2,1e400,-1.5e-7,12,-3,0,1.5],"c":{"d":12345678901234567890}}'
  const value = parseKeepingNumbers(text)
  t.ok(rawNumbersOf(value))
  t.equal(stringifyKeepingNumbers(value), text)
  t.equal((value as any)['1.0'], '1.0 and 1e3')
  t.same((value as any).b.slice(8), [12, -3, 0, 1.5], 'exact literals are plain numbers')
  t.equal(compact(stringifyKeepingNumbers(value)), compact(text))
})

t.test('a body without lossy literals is JSON.parse\'s answer, with no table', async t => {
  const text = '{"a":[1,2.5,-3,1e-7,"1.0"],"b":"x\\"1.0\\" 9007199254740993"}'
  t.equal(withStandIns(text), undefined)
  const value = parseKeepingNumbers(text)
  t.same(value, JSON.parse(text))
  t.equal(rawNumbersOf(value), undefined)
})

t.test('integers masking may read (12 to 15 digits) are left to JSON.parse; invalid JSON throws JSON.parse\'s error', async t => {
  t.equal(withStandIns('{"account":123456789012.0}'), undefined)
  t.throws(() => parseKeepingNumbers('{"a":1.0,'), SyntaxError)
})

t.test('the same literal gets the same stand-in (a resent turn serialises the same)', async t => {
  const a = withStandIns('[1.0]')?.text
  t.equal(withStandIns('{"x":1.0}')?.text, `{"x":${a?.slice(1, -1)}}`)
  t.not(withStandIns('[2.0]')?.text, a)
})

t.test('changed values keep their literals; a stand-in inside a string is not written back', async t => {
  const value = parseKeepingNumbers('{"x":1.0,"y":"a"}') as Record<string, unknown>
  const standIn = String(value.x)
  const copy = { ...value, y: `text ${standIn}`, z: [value.x] }
  const json = JSON.stringify(copy)
  const out = rawNumbersOf(value)?.emit(json)
  t.equal(out, `{"x":1.0,"y":"text ${standIn}","z":[1.0]}`)
})
