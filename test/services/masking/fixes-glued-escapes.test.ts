// An escape glued to an identifier: `caf\u00e9i-0...` (a literal `\u00e9` in the text) masked to
// `cafEC2_INSTANCE_1`: the match took the escape into the value, and the token, glued to `caf`,
// never restored (data loss). `\x41i-0...` and `\\u00e9i-0...` left the id in clear, and so did a
// terminal colour glued to it (`\x1b[01;31m\x1b[Ki-0...`, grep --color). Now the escape stays in
// the text, the id alone is masked, and restoration reads the token after it.
import t from 'tap'
import fc from 'fast-check'
import { openScope, streamed } from './blackbox-helpers.js'

const IDS = [
  'i-0123456789abcdef0', 'sg-0a1b2c3d', 'vpc-0123456789abcdef0', 'rtb-0123456789abcdef0', 'nat-0123456789abcdef0', 'fs-0123abcd',
  '123456789012', 'AKIAIOSFODNN7EXAMPLE', 'ASIAY34FZKBOKMUTVV7A', 'arn:aws:iam::123456789012:role/prod-deployer',
  'arn:aws:s3:::acme-payroll-exports', '10.0.1.23', '203.0.113.25', '2600:1f18:abcd:1200::25', 'jane.doe@acme-corp.com',
  'db-ABCDEFGHIJKLMNOPQRSTUVWXYZ', 's3://acme-payroll-exports/x', 'acme-payroll-exports.s3.amazonaws.com'
]
/** What must not survive of each (the customer part of an ARN, S3 URI or host). */
function secretPart (id: string): string {
  if (id.startsWith('arn:aws:iam')) return '123456789012'
  if (id.includes('acme-payroll-exports')) return 'acme-payroll-exports'
  return id
}
const ESCAPES = ['\\u00e9', '\\u0041', '\\u0022', '\\u005c', '\\x41', '\\x22', '\\xff', '%41', '%22', '%3D', '%C3%A9',
  '\\n', '\\\\n', '\\\\\\t', '\\\\\\\\r', '\\\\u00e9', '\\\\x41', '\\d', '\\"', '\\\\', 'é',
  '\\303\\251', '\\101', '\\\\342\\\\200\\\\231', // octal bytes (ls, journald)
  // terminal colours (grep --color, coloured logs), as the char and written out
  '\u001b[0m', '\u001b[01;31m\u001b[K', '\\x1b[1;32m', '\\033[0;33m', '\\e[m', '^[[32m', '\\\\u001b[38;5;12m']
const WORDS = ['', 'caf', 'x', 'path ', 'C:', 'a1', 'ID']
/** After the id: nothing that would make it part of a longer word. */
const TAILS = ['', ' ok', '. ', ', y', ' C:']

t.test('the brief\'s repro: caf\\u00e9 glued to an instance id', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const text = 'caf\\u00e9i-0123456789abcdef0 ok'
  const masked = await scope.maskText(text)
  t.equal(masked, 'caf\\u00e9EC2_INSTANCE_1 ok', 'the escape stays, the id alone is masked')
  t.equal(scope.unmaskText(masked), text)
  t.same([...scope.mappings().values()].map((m) => m.value), ['i-0123456789abcdef0'], 'the value stored is the id alone')
})

t.test('an id coloured by grep --color or a coloured log is masked, and restores', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  for (const text of ['\u001b[01;31m\u001b[Ki-0123456789abcdef0\u001b[m\u001b[K', '\\033[0;32m123456789012\\033[0m', '^[[1mAKIAIOSFODNN7EXAMPLE^[[0m',
    '{"log":"\\u001b[33m10.0.1.23\\u001b[0m"}']) {
    const masked = await scope.maskText(text)
    t.notMatch(masked, /0123456789abcdef0|123456789012|AKIAIOSFODNN7EXAMPLE|10\.0\.1\.23/, `${JSON.stringify(text)} -> ${JSON.stringify(masked)}`)
    t.equal(scope.unmaskText(masked), text)
  }
})

t.test('property: an escape glued before and after any identifier never leaves it in clear, and restores', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const glued = fc.record({
    before: fc.constantFrom(...WORDS),
    open: fc.array(fc.constantFrom(...ESCAPES), { minLength: 1, maxLength: 2 }),
    id: fc.constantFrom(...IDS),
    close: fc.array(fc.constantFrom(...ESCAPES), { maxLength: 2 }),
    after: fc.constantFrom(...TAILS)
  })
  await fc.assert(fc.asyncProperty(glued, fc.nat(), async (g, cutSeed) => {
    const text = `${g.before}${g.open.join('')}${g.id}${g.close.join('')}${g.after}`
    const masked = await scope.maskText(text)
    if (masked.includes(secretPart(g.id))) throw new Error(`left in clear: ${JSON.stringify(text)} -> ${JSON.stringify(masked)}`)
    if (scope.unmaskText(masked) !== text) throw new Error(`not restored: ${JSON.stringify(text)} -> ${JSON.stringify(masked)} -> ${JSON.stringify(scope.unmaskText(masked))}`)
    await scope.assertClean(masked)
    const cut = cutSeed % (masked.length + 1)
    if (streamed(scope, [masked.slice(0, cut), masked.slice(cut)], false) !== text) throw new Error(`streamed cut at ${cut}: ${JSON.stringify(masked)}`)
    const raw = JSON.stringify(masked).slice(1, -1)
    const rawCut = cutSeed % (raw.length + 1)
    if (streamed(scope, [raw.slice(0, rawCut), raw.slice(rawCut)], true) !== JSON.stringify(text).slice(1, -1)) throw new Error(`raw JSON cut at ${rawCut}: ${raw}`)
    const doc = { message: text }
    const maskedDoc = await scope.maskJson(doc)
    if (JSON.stringify(maskedDoc).includes(secretPart(g.id))) throw new Error(`left in clear in JSON: ${JSON.stringify(maskedDoc)}`)
    const back = scope.unmaskJson(maskedDoc) as { message: string }
    if (back.message !== text) throw new Error(`JSON not restored: ${JSON.stringify(maskedDoc)}`)
  }), { numRuns: 1500 })
  t.pass('1500 glued identifiers')
})
