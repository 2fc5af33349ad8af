// Round 16: LocalStack logs an API call as `AWS s3.CreateBucket => 200`: the service-prefixed action read
// as a bucket field, and the status code was masked as a bucket. Regression test, failing before.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('a service-prefixed API action is no field', async (tt) => {
  const text = '2026-12-05T11:02:14.902  INFO --- [et.reactor-0] localstack.request.aws     : AWS s3.CreateBucket => 200\n' +
    '2026-12-05T11:02:21.775  INFO --- [et.reactor-0] localstack.request.aws     : AWS s3.GetObject => 404 (NoSuchBucket)\n'
  tt.same(found(text), [])
  tt.equal(await maskedWithRoundTrip(text), text)
  tt.same(found('s3.bucket: acme-data-raw'), ['s3_bucket:acme-data-raw'], 'a dotted field still names')
})
