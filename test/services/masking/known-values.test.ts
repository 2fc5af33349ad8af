// KnownValues.find tells a text holding none of a few values by native searches before walking
// it: the answer must be the walk's, whatever the values and the text. addedSinceIn, given a
// text's run hashes, must never miss a value that find would find there.
import t from 'tap'
import fc from 'fast-check'
import { KnownValues, nameRunHashes } from '../../../services/masking/known-values.js'
import type { Match } from '../../../services/masking/types.js'

const VALUES = ['acme-billing-prod', 'i-0abc1234def567890', 'orders', 'orders-api', '10.0.1.25', 'deploy-bot', '/aws/lambda/x-fn', 'AKIAIOSFODNN7EXAMPLE']
const FILLER = [' ', '-', '.', ':', '/', '\n', 'x', 'prod', '"', 'the ']
/** Values no generated text holds: past the quick check's count, find walks every text. */
const ABSENT = Array.from({ length: 33 }, (_, i) => `zq-never-seen-${i}`)

function index (values: string[]): KnownValues {
  const known = new KnownValues()
  for (const value of values) known.add(value)
  return known
}

t.test('find gives the same matches with the native pre-check as by walking the text', async (t) => {
  let found = 0
  const detectedAt = fc.array(fc.nat({ max: 200 }), { maxLength: 3 })
  await fc.assert(fc.property(fc.subarray(VALUES, { minLength: 1 }), fc.array(fc.constantFrom(...VALUES, ...FILLER), { maxLength: 40 }), detectedAt,
    (values, parts, starts) => {
      const text = parts.join('')
      const detected: Match[] = [...new Set(starts)].sort((a, b) => a - b).map((start) => ({ start, end: start + 2, kind: 'x' }))
        .filter((match, i, all) => match.end <= text.length && (i === 0 || all[i - 1].end <= match.start))
      const quick = index(values).find(text, detected)
      const walked = index([...values, ...ABSENT]).find(text, detected)
      found += quick.length
      t.same(quick, walked)
    }), { numRuns: 500 })
  t.ok(found > 50, `values were found (${found})`)
})

t.test('a text holding none of the values gives no match; one holding a value inside a longer name neither', async (t) => {
  const known = index(['orders-api', 'i-0abc1234def567890'])
  t.same(known.find('nothing to see here', []), [])
  t.same(known.find('the orders-api-v2 service', []), [], 'inside a longer name: not this value')
  t.same(known.find('the orders-api service', []), [{ start: 4, end: 14, kind: '' }])
})

t.test('addedSinceIn by run hashes never misses a value find finds, and clears a text holding none', async (t) => {
  let seen = 0
  let cleared = 0
  await fc.assert(fc.property(fc.subarray(VALUES, { minLength: 1 }), fc.subarray(VALUES), fc.array(fc.constantFrom(...VALUES, ...FILLER), { maxLength: 40 }),
    (before, added, parts) => {
      const text = parts.join('')
      const known = index(before)
      for (const value of added) known.add(value)
      const exact = index(added).find(text, []).length > 0
      const byRuns = known.addedSinceIn(before.length, text, nameRunHashes(text))
      if (exact) seen++
      if (!byRuns) cleared++
      if (exact) t.ok(byRuns, `never missed: ${JSON.stringify(added)} in ${JSON.stringify(text)}`)
    }), { numRuns: 500 })
  t.ok(seen > 50 && cleared > 50, `both answers came up (${seen} found, ${cleared} cleared)`)
  const known = index(['orders'])
  known.add('orders-api')
  known.add('i-0abc1234def567890')
  known.add('/aws/lambda/x-fn')
  const runs = (text: string): Int32Array => nameRunHashes(text)
  t.notOk(known.addedSinceIn(1, 'the orders service, i-0abc1234 and /aws/lambda/y', runs('the orders service, i-0abc1234 and /aws/lambda/y')), 'none of the three: cleared by hashes')
  t.ok(known.addedSinceIn(1, 'see i-0abc1234def567890 now', runs('see i-0abc1234def567890 now')), 'a whole value')
  t.ok(known.addedSinceIn(1, 'log /aws/lambda/x-fn', runs('log /aws/lambda/x-fn')), 'a value not starting with a name char')
  t.notOk(known.addedSinceIn(3, 'orders-api i-0abc1234def567890', runs('orders-api i-0abc1234def567890')), 'only values added after the count')
})

t.test('find with a long text\'s run hashes gives the same matches as without', async (t) => {
  let found = 0
  await fc.assert(fc.property(fc.subarray(VALUES, { minLength: 1 }), fc.array(fc.constantFrom(...VALUES, ...FILLER), { maxLength: 60 }), (values, parts) => {
    const text = parts.join('') + ' .'.repeat(150) // long enough for the run hashes to be asked for
    let asked = 0
    const byRuns = index(values).find(text, [], (of) => { asked++; return nameRunHashes(of) })
    found += byRuns.length
    t.same(byRuns, index([...values, ...ABSENT]).find(text, []))
    t.equal(asked, 1, 'the run hashes were asked for')
  }), { numRuns: 300 })
  t.ok(found > 50, `values were found (${found})`)
  const known = index(['i-0abc1234def567890'])
  const long = 'nothing here '.repeat(40)
  t.same(known.find(long, [], () => undefined), [], 'a text without kept run hashes: the native search answers')
  t.same(known.find(long + 'i-0abc1234def567890', [], () => undefined), [{ start: long.length, end: long.length + 19, kind: '' }])
})
