// Round 25 (application front ends): AWS's own host labels read as customer names. Amazon
// Location's API hosts (`maps.geo.<region>.amazonaws.com`, `places.`, `routes.`) had `maps`
// masked; an SMTP reply's `250-email-smtp.amazonaws.com` (swaks' EHLO answer from SES) had its
// code glued to SES's host and masked as a name; and a one-word customer label of a host (Amplify
// Hosting's branch, `dev.<appId>.amplifyapp.com`) was then replaced in every sentence (`the dev
// key`). Customer labels before those hosts stay masked. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("Amazon Location's API hosts", async tt => {
  for (const host of ['maps.geo.us-east-1.amazonaws.com', 'places.geo.eu-central-1.amazonaws.com', 'routes.geo.ap-southeast-2.amazonaws.com',
    'tracking.geo.us-west-2.amazonaws.com', 'geofencing.geo.eu-west-1.amazonaws.com']) {
    tt.same(found(`GET https://${host}/v2/styles/Standard/descriptor 403`), [], host)
    tt.same(found(`endpoint ${host}`), [], host)
  }
  tt.same(found('https://acme-maps.geo.us-east-1.amazonaws.com/x'), ['aws_hostname:acme-maps'])
})

t.test("an SMTP reply's code before SES's host", async tt => {
  tt.same(found('<-  250-email-smtp.amazonaws.com\n<-  250-8BITMIME'), [])
  tt.same(found('250-email-smtp.eu-west-1.amazonaws.com Hello'), [])
  tt.same(found('S: 250-email-smtp.us-east-1.amazonaws.com'), [])
  tt.same(found('250-logs.s3.amazonaws.com'), ['s3_bucket:250-logs'], 'a bucket named by the code stays masked')
  tt.same(found('see 250-mybucket.s3.amazonaws.com'), ['s3_bucket:250-mybucket'])
})

t.test('a one-word host label is masked where it stands, not in every sentence', async tt => {
  const masked = roundTripMasker(tt)
  tt.equal(await masked('Build: https://dev.d1q8z4k7xv2mtr.amplifyapp.com (branch dev); "description": "dev key"'),
    'Build: https://AWS_HOSTNAME_1.AWS_HOSTNAME_2.amplifyapp.com (branch dev); "description": "dev key"')
  tt.equal(await masked('https://main.d2x7kq9mvb4t1r.amplifyapp.com then merge to main'),
    'https://AWS_HOSTNAME_1.AWS_HOSTNAME_2.amplifyapp.com then merge to main')
  tt.equal(await masked('https://shop.auth.eu-west-1.amazoncognito.com/login and the shop page'),
    'https://AWS_HOSTNAME_1.auth.eu-west-1.amazoncognito.com/login and the shop page')
  // a label with digits or a dash is no word: still replaced wherever it stands
  tt.equal(await masked('https://feature-x.d2x7kq9mvb4t1r.amplifyapp.com is branch feature-x of app d2x7kq9mvb4t1r'),
    'https://AWS_HOSTNAME_1.AWS_HOSTNAME_2.amplifyapp.com is branch AWS_HOSTNAME_1 of app AWS_HOSTNAME_2')
})
