// Red team round 9 (test/fixtures/blackbox-8/): Terraform's JSON wraps variables and outputs in an
// object under their name (`"db_password": { "value": "..." }` in `terraform show -json`,
// `{"sensitive": true, "type": "string", "value": ...}` in `terraform output -json`). The `{` was
// read as a bare password (masked: the JSON broke) and the password itself went out in clear.
// Pulumi's stack export shows a secret as `{"4dabf...": "1b47...", "plaintext": "\"...\""}`: the
// plaintext went out in clear.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

t.test('flat text: the wrapped value is the field\'s, the brace stays', async tt => {
  tt.same(found('"db_password": { "value": "Rk7#mQ2vLz9pWx" },'), ['connection_secret:Rk7#mQ2vLz9pWx'], 'show -json variable')
  tt.same(found('{"db_password": {"sensitive": true, "type": "string", "value": "Rk7mQ2vLz9pWx"},\n "bucket_name": {"sensitive": false, "type": "string", "value": "halvard-x-1"}}'),
    ['connection_secret:Rk7mQ2vLz9pWx', 's3_bucket:halvard-x-1'], 'output -json')
  tt.same(found('{"log": "{\\"db_password\\": {\\"sensitive\\": true, \\"type\\": \\"string\\", \\"value\\": \\"Rk7mQ2vLz9pWx\\"}}"}'),
    ['connection_secret:Rk7mQ2vLz9pWx'], 'output -json inside a JSON string')
  const text = '{ "variables": { "db_password": {\n      "value": "Rk7#mQ2vLz9pWx"\n    } } }'
  const masked = await maskedWithRoundTrip(text)
  tt.doesNotThrow(() => JSON.parse(masked), 'still JSON')
  tt.notOk(masked.includes('Rk7#mQ2vLz9pWx'), masked)
})

t.test('an opening brace or bracket or a template after a password key is no password', async tt => {
  tt.same(found('"admin_password": {"Ref": "AdminPassword"}'), [], 'CloudFormation intrinsic')
  tt.same(found('password: {{ .Values.db.password }}'), [], 'Helm template')
  tt.same(found('"password": [\n'), [], 'an array')
  tt.same(found('"environment": { "value": "prod" }'), [], 'a field that names nothing')
})

t.test('parsed JSON: the wrapped value has its wrapper\'s field for context', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { variables: { db_password: { value: 'Rk7#mQ2vLz9pWx' }, environment: { value: 'prod' } }, outputs: { bucket_name: { sensitive: false, type: 'string', value: 'halvard-x-1' } } }
  const masked = await scope.maskJson(value)
  const text = JSON.stringify(masked)
  tt.notOk(text.includes('Rk7#mQ2vLz9pWx') || text.includes('halvard-x-1'), text)
  tt.ok(text.includes('"environment":{"value":"prod"}') && text.includes('"bucket_name":'), 'other values and the keys stay')
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('a Pulumi secret in a stack export', async tt => {
  const sig = '"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270"'
  tt.same(found(`"password": { ${sig}, "plaintext": "\\"Rk7#mQ2vLz9pWx\\"" }`), ['connection_secret:\\"Rk7#mQ2vLz9pWx\\"'], 'flat text')
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { inputs: { password: { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', plaintext: '"Rk7#mQ2vLz9pWx"' }, note: { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', plaintext: '"hello"' } } }
  const masked = await scope.maskJson(value)
  const text = JSON.stringify(masked)
  tt.notOk(text.includes('Rk7#mQ2vLz9pWx'), text)
  tt.ok(text.includes('hello'), 'a secret whose name says nothing stays')
  tt.strictSame(scope.unmaskJson(masked), value)
})
