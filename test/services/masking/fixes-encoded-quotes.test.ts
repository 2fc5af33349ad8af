// JSON whose quotes are written out (`&quot;` in HTML, `\u0022` from .NET's encoder or JSON in
// JSON, `\x22` in C-style logs, `%22` with `%3A`/`%2C` in a URL-encoded body) left a name known
// only by its field (`"BucketName": "..."`) in clear: the field reader needs the quotes and the
// colon. The detector reads such a text again with them decoded and maps what it finds back.
import t from 'tap'
import { cutsAroundTokens, found, openScope, streamed } from './blackbox-helpers.js'

const FORMS: Array<[string, string]> = [
  ['HTML', '<pre>{&quot;BucketName&quot;:&quot;acme-payroll-exports&quot;,&quot;TableName&quot;: &quot;orders-ledger-v3&quot;}</pre>'],
  ['.NET \\u0022', '{\\u0022BucketName\\u0022:\\u0022acme-payroll-exports\\u0022,\\u0022TableName\\u0022:\\u0022orders-ledger-v3\\u0022}'],
  ['\\x22', 'request: {\\x22BucketName\\x22: \\x22acme-payroll-exports\\x22, \\x22TableName\\x22: \\x22orders-ledger-v3\\x22}'],
  ['URL-encoded', 'GET /api/put?body=%7B%22BucketName%22%3A%22acme-payroll-exports%22%2C%22TableName%22%3A%22orders-ledger-v3%22%7D HTTP/1.1']
]
const NAMES = ['acme-payroll-exports', 'orders-ledger-v3']

t.test('names under a field in JSON with written-out quotes are found', async (tt) => {
  for (const [form, text] of FORMS) {
    const values = found(text).map((m) => m.slice(m.indexOf(':') + 1))
    for (const name of NAMES) tt.ok(values.some((v) => v.endsWith(name)), `${form}: ${name} found (${values.join(', ')})`)
  }
  tt.same(found('<p>the &quot;quoted&quot; word and %22x%22</p>'), [], 'written-out quotes around ordinary words')
})

t.test('masked, checked clean, and restored whole and streamed at every cut', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  for (const [form, text] of FORMS) {
    const masked = await scope.maskText(text)
    for (const name of NAMES) tt.notOk(masked.includes(name), `${form}: ${name} hidden`)
    await tt.resolves(scope.assertClean(masked), `${form}: the leak check agrees`)
    tt.equal(scope.unmaskText(masked), text, `${form}: restored`)
    tt.equal(cutsAroundTokens(masked).find((c) => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== text), undefined, `${form}: streamed, every cut`)
    const asJson = await scope.maskJson({ log: text })
    tt.notOk(JSON.stringify(asJson).includes(NAMES[0]), `${form}: in a JSON string too`)
    tt.same(scope.unmaskJson(asJson), { log: text })
  }
})
