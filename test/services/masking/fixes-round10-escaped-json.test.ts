// `aws --debug` logs a response body as Python's bytes repr: JSON holding JSON shows its inner
// quotes as `\\"` (an even run of backslashes before the quote). Read flat, the quote after `\\`
// ends the string: Secrets Manager's SecretString was read as `{\\` and the password inside went
// out in clear. The detector decodes an even run before a quote as a quote (detect-encoded.ts).
import t from 'tap'
import { cutsAroundTokens, found, openScope, streamed } from './blackbox-helpers.js'

const DEBUG_BODY = String.raw`b'{"ARN":"arn:aws:secretsmanager:eu-west-1:518734206915:secret:app/db-master-Tq9Kx2","Name":"app/db-master",` +
  String.raw`"SecretString":"{\\"engine\\":\\"postgres\\",\\"username\\":\\"checkout_master\\",\\"password\\":\\"Au7!rora-Mstr#2025xQ\\",\\"port\\":5432}"}'`
const SECRET = 'Au7!rora-Mstr#2025xQ'

t.test('a password inside JSON shown with \\\\" quotes is found', async (tt) => {
  tt.ok(found(DEBUG_BODY).includes(`connection_secret:${SECRET}`), found(DEBUG_BODY).join(', '))
  tt.ok(found(String.raw`log: {\\"TableName\\": \\"orders-ledger-v3\\"}`).some(m => m.endsWith(':orders-ledger-v3')), 'a name under its field too')
  tt.same(found(String.raw`path "C:\\" and "D:\\"`), [], 'a string ending in a backslash: nothing')
  tt.same(found(String.raw`{\\\"note\\\": \\\"hello\\\"}`), [], 'odd runs (JSON in JSON in JSON) need no decoding')
})

t.test('masked, checked clean, restored whole and streamed at every cut', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const masked = await scope.maskText(DEBUG_BODY)
  tt.notOk(masked.includes(SECRET), 'password hidden')
  tt.ok(masked.includes(String.raw`\\"engine\\":\\"postgres\\"`), 'the rest stays readable')
  await tt.resolves(scope.assertClean(masked), 'the leak check agrees')
  tt.equal(scope.unmaskText(masked), DEBUG_BODY, 'restored')
  tt.equal(cutsAroundTokens(masked).find(c => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== DEBUG_BODY), undefined, 'streamed, every cut')
  const asJson = await scope.maskJson({ log: DEBUG_BODY })
  tt.notOk(JSON.stringify(asJson).includes(SECRET), 'in a JSON string too')
  tt.same(scope.unmaskJson(asJson), { log: DEBUG_BODY })
})
