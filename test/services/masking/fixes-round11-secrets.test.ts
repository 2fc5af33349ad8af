// Round 11: secrets that went out in clear. A key ending in `passphrase` (`gpg_passphrase =` of
// s3cmd, `ssl_key_passphrase:`, `KeyPassphrase`) holds a secret like one ending in `password`; a
// secret field's name may end in `Value` (EventBridge connections' `ApiKeyValue`, `TokenValue`,
// `PasswordValue`); Hadoop / Hive / Spark XML configuration writes a key and its value as
// `<name>k</name><value>v</value>` (core-site.xml, hive-site.xml), so a password property's
// value is read as that key's value. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

const HIDDEN: Array<[string, string, string]> = [
  ['s3cmd gpg_passphrase', '[default]\naccess_key = x\ngpg_passphrase = Ov3rl@nd-Archiv3-2026\nuse_https = True\n', 'Ov3rl@nd-Archiv3-2026'],
  ['yaml ssl_key_passphrase', 'output.elasticsearch:\n  ssl_key_passphrase: "Tq9!mK2-pass-phr4se"\n', 'Tq9!mK2-pass-phr4se'],
  ['JSON KeyPassphrase', '{ "KeyPassphrase": "Hw7#xR2pLq9", "KeyFormat": "PEM" }', 'Hw7#xR2pLq9'],
  ['ApiKeyValue', '"ApiKeyAuthParameters": { "ApiKeyName": "x-erp-api-key", "ApiKeyValue": "hlv_live_8Qm2ZtR4kX9pW7nC3vB6yJ1dF5gH0sLa" }', 'hlv_live_8Qm2ZtR4kX9pW7nC3vB6yJ1dF5gH0sLa'],
  ['--auth-parameters ApiKeyValue=', 'aws events create-connection --name erp --authorization-type API_KEY --auth-parameters "ApiKeyAuthParameters={ApiKeyName=x-api-key,ApiKeyValue=Zq8mW2xK4tR7pV1n}"', 'Zq8mW2xK4tR7pV1n'],
  ['TokenValue', 'tokenValue: "gl-Xk29mQ7vT4zR1wP8nL3b"\n', 'gl-Xk29mQ7vT4zR1wP8nL3b'],
  ['Hive XML password property', '<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>hM3t@st0re-Pg-2026</value>\n</property>', 'hM3t@st0re-Pg-2026'],
  ['Hadoop XML property on one line', '<property><name>fs.s3a.proxy.password</name><value>Pr0xy-Pa55!</value></property>', 'Pr0xy-Pa55!'],
  ['Spark XML token property', '<property>\n    <name>spark.authenticate.secret</name>\n    <value>sp4rk-Sh4red-S3cret</value>\n  </property>', 'sp4rk-Sh4red-S3cret']
]

t.test('secrets under these keys are hidden and restored', async (tt) => {
  for (const [what, text, value] of HIDDEN) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(value), `${what}: ${masked}`)
  }
})

t.test('ApiKeyValue in parsed JSON', async (tt) => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = { AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-erp-api-key', ApiKeyValue: 'hlv_live_8Qm2ZtR4kX9pW7nC3vB6yJ1dF5gH0sLa' } } }
  const masked = await scope.maskJson(value)
  tt.notOk(JSON.stringify(masked).includes('hlv_live_8Qm2ZtR4kX9pW7nC3vB6yJ1dF5gH0sLa'))
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('what stays readable', async (tt) => {
  tt.same(found('<property>\n  <name>fs.s3a.endpoint</name>\n  <value>s3.us-east-1.amazonaws.com</value>\n</property>'), [], 'a property that holds no secret')
  tt.same(found('<property><name>javax.jdo.option.ConnectionUserName</name><value>${env.HIVE_USER}</value></property>'), [], 'a placeholder')
  tt.same(found('<property><name>hadoop.security.credential.provider.path</name><value>jceks://hdfs/user/hive/hive.jceks</value></property>'), [], 'a path to a credential store')
  tt.same(found('"EventType": "ROLLBACK_STARTED", "Value": "production", "passphraseRequired": true'), [], 'a flag about a passphrase')
})
