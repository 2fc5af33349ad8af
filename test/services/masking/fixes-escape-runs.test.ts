// Text escaped twice or more (an SQS message holding SNS holding S3 JSON, logs of logs) writes a
// newline as `\\n`, `\\\\n`: a run of backslashes, then an escape letter, then an id. Only the
// single-backslash case (`\ni-0...`, `\rtb-0...`) was read: `C:\\ni-0...` went upstream in clear.
// Now any run before `n r t f b` (and `\\u00e9`) reads the id after it, in flat text, in JSON
// strings, streamed at every cut, and the leak check agrees.
import t from 'tap'
import { found, openScope, streamed } from './blackbox-helpers.js'

/** Every id and secret kind the single-backslash fix covers, and the other shapes a word may start. */
const IDS = [
  'i-0123456789abcdef0', 'sg-0123456789abcdef0', 'rtb-0123456789abcdef0', 'nat-0123456789abcdef0', 'tgw-0123456789abcdef0',
  'fs-0123abcd', 'vol-0123456789abcdef0', 'snap-0123456789abcdef0', '123456789012', 'AKIAIOSFODNN7EXAMPLE',
  '10.0.1.23', '203.0.113.25', 'jane.doe@acme-corp.com', 'db-ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'arn:aws:iam::123456789012:role/prod-deployer', 's3://acme-payroll-exports/2024/x.csv'
]
/** What must not survive of each: the id, or the customer part of an ARN / S3 URI. */
const secretPart = (id: string): string => id.startsWith('arn:') ? '123456789012' : id.startsWith('s3://') ? 'acme-payroll-exports' : id

const RUNS = [2, 3, 4, 5, 8]
const LETTERS = ['n', 'r', 't', 'f', 'b', 'u00e9']

function cases (): Array<{ text: string, id: string }> {
  const out: Array<{ text: string, id: string }> = []
  for (const run of RUNS) {
    for (const letter of LETTERS) {
      for (const id of IDS) out.push({ text: `path C:${'\\'.repeat(run)}${letter}${id} done`, id })
    }
  }
  return out
}

t.test('the brief\'s repro: two backslashes, n, an instance id', async (t) => {
  t.same(found('path C:\\\\ni-0123456789abcdef0 done'), ['ec2_instance:i-0123456789abcdef0'])
  t.same(found('{"Message":"{\\\\\\"log\\\\\\":\\\\\\"boot\\\\\\\\ni-0123456789abcdef0 up\\\\\\"}"}'), ['ec2_instance:i-0123456789abcdef0'],
    'an SQS body holding SNS holding a log line: the newline escaped three times')
})

t.test('any run of backslashes before an escape letter: flat text masked, restored, and passes the leak check', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  let failures = 0
  for (const { text, id } of cases()) {
    const masked = await scope.maskText(text)
    const ok = !masked.includes(secretPart(id)) && scope.unmaskText(masked) === text
    let clean = true
    try { await scope.assertClean(masked) } catch { clean = false }
    if (!ok || !clean) { failures++; t.fail(`${JSON.stringify(text)} -> ${JSON.stringify(masked)} (leak check passes: ${String(clean)})`) }
  }
  t.equal(failures, 0, `${cases().length} texts`)
})

t.test('the same inside JSON strings (maskJson), the JSON the API gets holding no id', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const all = cases()
  const doc = { records: all.map(({ text }) => ({ message: text })) }
  const masked = await scope.maskJson(doc)
  const json = JSON.stringify(masked)
  t.same(IDS.map(secretPart).filter((v) => json.includes(v)), [], 'no id in the masked JSON')
  t.same(scope.unmaskJson(masked), doc, 'restored exactly')
  await t.resolves(scope.assertCleanJson(json), 'the leak check agrees with the masker')
})

t.test('streamed restoration cut at every byte equals the original (flat text and raw JSON)', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  const text = 'a C:\\\\ni-0123456789abcdef0 b \\\\\\tsg-0123456789abcdef0 c \\\\\\\\r10.0.1.23 d \\\\u00e9123456789012 e'
  const masked = await scope.maskText(text)
  t.notMatch(masked, /0123456789abcdef0|10\.0\.1\.23|123456789012/, masked)
  const raw = JSON.stringify(masked).slice(1, -1)
  const rawOriginal = JSON.stringify(text).slice(1, -1)
  for (let cut = 0; cut <= masked.length; cut++) {
    t.equal(streamed(scope, [masked.slice(0, cut), masked.slice(cut)], false), text, `flat, cut at ${cut}`)
  }
  for (let cut = 0; cut <= raw.length; cut++) {
    t.equal(streamed(scope, [raw.slice(0, cut), raw.slice(cut)], true), rawOriginal, `raw JSON, cut at ${cut}`)
  }
  t.equal(streamed(scope, [...masked], false), text, 'one char per chunk')
  t.equal(streamed(scope, [...raw], true), rawOriginal, 'raw JSON, one char per chunk')
})

t.test('a user\'s literal token after an escape run comes back unchanged', async (t) => {
  const { scope, close } = await openScope()
  t.teardown(close)
  await scope.maskText('i-0123456789abcdef0') // the scope knows EC2_INSTANCE_1
  for (const text of ['x\\\\nEC2_INSTANCE_1 y', 'x\\\\\\\\tEC2_INSTANCE_1', 'x\\x41EC2_INSTANCE_1', 'x\\\\u00e9EC2_INSTANCE_1', 'x\\dEC2_INSTANCE_1']) {
    const masked = await scope.maskText(text)
    t.equal(scope.unmaskText(masked), text, `${text} -> ${masked}`)
  }
})
