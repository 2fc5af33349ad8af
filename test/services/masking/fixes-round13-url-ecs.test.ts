// Round 13: a raw quote inside a URL's password (`postgres://app:pa"ss@db.internal/x`) ended the
// URL there: the rest of the password went out and the host was read as an e-mail; and the ECS
// task id glued into the task metadata URI (`http://169.254.170.2/v4/<task id>-<n>`) went out in
// clear. Regression tests, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a quote inside a URL password', async (tt) => {
  for (const text of ['postgres://app:pa"ss@db.internal/x', 'DATABASE_URL=postgres://app:pa\'ss@db.internal:5432/x',
    '{"url":"postgres://app:p\\"ss@db.internal/x"}']) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(/pa|p\\"|ss@/.test(masked.slice(masked.indexOf('app:') + 4)), masked)
    tt.match(masked, /app:CONNECTION_SECRET_1@HOSTNAME_1/, masked)
  }
  tt.same(found('"url": "postgres://app:pw@db.internal", "mail": "x@y.com"'),
    ['connection_secret:pw', 'hostname:db.internal', 'email:x@y.com'], 'a quote closing the URL still ends it')
  tt.same(found('"url": "postgres://app:pw", "mail": "x@y.com"'), ['email:x@y.com'], 'a quote after a port-less host')
  tt.same(found('\'https://example.com/x\' then a@b'), [], 'no password, no host to hide')
})

t.test('the task id in the ECS task metadata URI', async (tt) => {
  const id = '0123456789abcdef0123456789abcdef'
  for (const text of [`ECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/${id}-1234567890`,
    `curl -s http://169.254.170.2/v3/${id}-2531612879/task`, `{"uri":"http:\\/\\/169.254.170.2\\/v4\\/${id}-1234567890"}`]) {
    const masked = await maskedWithRoundTrip(text)
    tt.notOk(masked.includes(id), masked)
    tt.ok(masked.includes('169.254.170.2'), 'the endpoint stays readable')
  }
  tt.same(found('curl http://169.254.170.2/v2/metadata'), [], 'the v2 endpoint: no id')
})
