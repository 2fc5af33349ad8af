// A quote inside a bare password (`password=ab"cd123XY`, `--password=ab\"cd` in a JSON string)
// ended the value: the part after the quote went out in clear. A quote glued between a bare
// secret's chars is now part of it, as `&` is (fixes-secret-ampersand); a quote followed by a
// blank or a delimiter still ends it. Quoted values holding an escaped or other quote were
// already whole and stay so.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a quote glued inside a bare secret', async tt => {
  tt.same(found('password=ab"cd123XY'), ['connection_secret:ab"cd123XY'])
  tt.same(found("msg=\"login\" password=ab'cd123XY user=bob"), ["connection_secret:ab'cd123XY"])
  tt.same(found('export DB_PASSWORD=ab"cd"123XY'), ['connection_secret:ab"cd"123XY'], 'shell joins quoted parts')
  tt.same(found('{"cmd": "mysql --password=ab\\"cd123XY -h db"}'), ['connection_secret:ab\\"cd123XY'], 'an escaped quote in a JSON string')
})

t.test('quoted values stay whole', async tt => {
  tt.same(found("aws rds create-db-instance --master-user-password 'p\"ss-Word1'"), ['connection_secret:p"ss-Word1'])
  tt.same(found('DB_PASSWORD="ab\\"cdEF12"'), ['connection_secret:ab\\"cdEF12'])
})

t.test('a quote that ends the value still ends it', async tt => {
  tt.same(found('{"env": "PGPASSWORD=abc123XY", "x": 1}'), ['connection_secret:abc123XY'])
  tt.same(found('<input name=password value=abc123">'), ['connection_secret:abc123'])
  tt.same(found('"args": ["--password=abc123XY"]'), ['connection_secret:abc123XY'])
  tt.same(found('"cmd": "run --password=abc123XY\\" --x"'), ['connection_secret:abc123XY'])
  tt.same(found('aws_secret_access_key=creds["SecretAccessKey"],'), [], 'an index opens a string')
  tt.same(found("'Authorization': b'AWS4-HMAC-SHA256 Credential=x'"), [], 'a Python bytes prefix opens a string')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip('password=ab"cd123XY\n{"cmd": "mysql --password=zz\\"yy123XY -h db"}\n')
  tt.notMatch(masked, /cd123XY|yy123XY/)
})
