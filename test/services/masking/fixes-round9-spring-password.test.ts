// Red team round 9 (probes after test/fixtures/blackbox-8/): a Spring Security password carries
// its encoder id (`password: {noop}s3cret`, `{bcrypt}$2a$...`); the value reader stopped at the
// `}`, masked `{noop` and left the password itself in clear.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('the encoder id and the password are one value', async tt => {
  tt.same(found('password: {noop}s3cretPw9'), ['connection_secret:{noop}s3cretPw9'], 'YAML')
  tt.same(found('spring.security.user.password={bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG'),
    ['connection_secret:{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG'], 'properties')
  const masked = await maskedWithRoundTrip('spring:\n  security:\n    user:\n      password: {noop}s3cretPw9\n')
  tt.notOk(masked.includes('s3cretPw9'), masked)
})

t.test('objects and templates after a password key are still no password', async tt => {
  tt.same(found('password: {{ .Values.pw }}'), [], 'a template')
  tt.same(found('"db_password": { "value": "Rk7#mQ2vLz9pWx" },'), ['connection_secret:Rk7#mQ2vLz9pWx'], 'a wrapped value')
})
