// A password written after `login is user / ` (red team round 17: `Grafana admin login is admin /
// Pass4Grafana!`) went out in clear: only `password is x` was read. A `user / password` pair
// after `login is` or `login:` now masks the password; the user stays readable.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the password of a login pair is masked', async tt => {
  tt.same(found('Grafana admin login is admin / Pass4Grafana! (rotate it)'), ['connection_secret:Pass4Grafana!'])
  tt.same(found('the login is ops/S3cretPw9.'), ['connection_secret:S3cretPw9'], 'no blanks, a full stop after')
  tt.same(found('Login: admin / hunter2xyz'), ['connection_secret:hunter2xyz'])
})

t.test('paths and words after login stay', async tt => {
  for (const text of ['the login is via /sso/start', 'login is admin / team-a', 'login is at docs/setup-2', 'login: SSO / Okta',
    'the login page / dashboard']) tt.same(found(text), [], text)
})
