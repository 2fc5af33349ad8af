// Round 25 (business services): SMTP authentication in a session transcript. After the server's
// `334 UGFzc3dvcmQ6` (`Password:` in base64) the client sends the password base64-encoded (swaks,
// `openssl s_client -starttls smtp`), and `AUTH PLAIN <base64>` carries user and password: both went
// out readable by anyone who decodes them (SES's SMTP password is a credential). Also curl's
// `-u user:x` on a continuation line of a `curl ... \` command. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const b64 = (s: string): string => Buffer.from(s).toString('base64')

t.test('the password after the prompt, AUTH PLAIN', async tt => {
  const password = b64('BEk2Rt9Qz4Lm1Wn8Hc5Yb3Fs6Jd0Ka2Ge9Tu4Ix7Oq1V')
  tt.same(found(` ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n ~> ${b64('smtp-relay-user')}\n<~  334 UGFzc3dvcmQ6\n ~> ${password}\n<~  235 Authentication successful.`),
    [`connection_secret:${password}`])
  tt.same(found(`S: 334 UGFzc3dvcmQ6\r\nC: ${b64('Sc4nner!Pass')}\r\nS: 235 2.7.0 Accepted`), [`connection_secret:${b64('Sc4nner!Pass')}`])
  tt.same(found(`334 UGFzc3dvcmQ6\n${b64('s3cret-pw')}\n235 ok`), [`connection_secret:${b64('s3cret-pw')}`])
  tt.same(found(`AUTH PLAIN ${b64('\0reports\0Pl41n-pass')}`), [`connection_secret:${b64('\0reports\0Pl41n-pass')}`])
  for (const text of ['334 UGFzc3dvcmQ6\n235 2.7.0 Authentication successful', '<~  334 UGFzc3dvcmQ6\n<~* 535 Authentication Credentials Invalid',
    'AUTH PLAIN', 'the AUTH PLAIN mechanism is offered']) {
    tt.same(found(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`334 UGFzc3dvcmQ6\n ~> ${b64('s3cret-pw')}\n`), '334 UGFzc3dvcmQ6\n ~> CONNECTION_SECRET_1\n')
})

t.test("curl's -u on a continued line", async tt => {
  tt.same(found('$ curl -s -X POST https://example.com/oauth2/token \\\n    -u 6h2n9c4v7b1x5z8q3w0e6r9t2y:1q8v3k6m0z4x9c2b7n5h1g8f3d6s0a4p2o9i \\\n    -d grant_type=client_credentials'),
    ['connection_secret:1q8v3k6m0z4x9c2b7n5h1g8f3d6s0a4p2o9i'])
  tt.same(found('curl \\\r\n  --user app:Tr1cky-Pass \\\r\n  https://example.com'), ['connection_secret:Tr1cky-Pass'])
  tt.same(found('Invoke-Thing `\n  -u a:b'), [], 'a PowerShell line continued, no curl')
  tt.same(found('curl https://example.com\nsort -u a:b'), [], 'the line before does not continue')
})
